import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { campaignInput, campaignProgressQuery, campaignProgressView, campaignRecordsView, campaignView, confirmInput } from '../../../common/institutionalisation.js';
import type { AppDeps } from '../../deps.js';
import { XLSX_TYPE } from '../../exports/xlsx.js';
import { refusals } from '../../http/errors.js';
import { fileResponse } from '../../http/file-response.js';
import { requestContext } from '../../http/request-context.js';
import { campaignProgress, campaignProgressAll, campaignRecords, confirmRecord, createCampaign, listCampaigns } from './campaigns-service.js';
import { campaignProgressWorkbook } from './campaigns-xlsx.js';

const tags = ['campaigns'];
const refused = refusals(400, 401, 403, 404, 409);
const idParams = z.strictObject({ id: z.uuid() });
const exportQuery = z.strictObject({
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
});

/** Yearly update campaigns: the ministry creates and follows them; agencies confirm their records. */
export function campaignsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/campaigns',
      {
        config: { access: 'campaigns.read' },
        schema: {
          tags,
          summary: 'Campaigns with their result (national for the ministry, own records for an agency)',
          response: { 200: z.object({ items: z.array(campaignView) }), ...refused },
        },
      },
      async (request) => ({ items: await listCampaigns(requestContext(deps, request)) }),
    );
    app.post(
      '/api/campaigns',
      {
        config: { access: 'campaigns.manage' },
        schema: { tags, summary: 'Open a yearly update campaign over the published records', body: campaignInput, response: { 201: campaignView, ...refused } },
      },
      async (request, reply) => reply.status(201).send(await createCampaign(requestContext(deps, request), request.body)),
    );
    app.get(
      '/api/campaigns/:id/progress',
      {
        config: { access: 'campaigns.manage' },
        schema: {
          tags,
          summary: 'Live progress per province, and one page of the agencies (filters: province, name, still silent or done; sort)',
          params: idParams,
          querystring: campaignProgressQuery,
          response: { 200: campaignProgressView, ...refused },
        },
      },
      async (request) => campaignProgress(requestContext(deps, request), request.params.id, request.query),
    );
    app.get(
      '/api/campaigns/:id/progress.xlsx',
      {
        config: { access: 'campaigns.manage' },
        schema: {
          tags,
          summary: 'Progress per agency and per province (confirmed, continuing, developed, stopped, silent) as XLSX',
          params: idParams,
          querystring: exportQuery,
          produces: [XLSX_TYPE],
          response: { 200: fileResponse, ...refused },
        },
      },
      async (request, reply) => {
        const progress = await campaignProgressAll(requestContext(deps, request), request.params.id, request.query);
        const scope = request.query.province ? `-${request.query.province}` : '';
        return reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', `attachment; filename="pemutakhiran-${progress.campaign.year}${scope}.xlsx"`)
          .send(await campaignProgressWorkbook(progress));
      },
    );
    app.get(
      '/api/campaigns/:id/records',
      {
        config: { access: 'campaigns.read' },
        schema: {
          tags,
          summary: "The own agency's records in the campaign (the ministry: any agency's with `agency`)",
          params: idParams,
          querystring: z.strictObject({ agency: z.uuid().optional() }),
          response: { 200: campaignRecordsView, ...refused },
        },
      },
      async (request) => campaignRecords(requestContext(deps, request), request.params.id, request.query),
    );
    app.post(
      '/api/campaigns/:id/records/:innovationId',
      {
        config: { access: 'campaigns.confirm' },
        schema: {
          tags,
          summary: 'Confirm one record: continuing, developed, or stopped (reason required); another agency’s record is 404',
          params: z.strictObject({ id: z.uuid(), innovationId: z.uuid() }),
          body: confirmInput,
          response: { 200: campaignRecordsView, ...refused },
        },
      },
      async (request) => confirmRecord(requestContext(deps, request), request.params.id, request.params.innovationId, request.body),
    );
  };
}
