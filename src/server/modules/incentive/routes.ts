import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { actorOf } from '../../http/actor.js';
import { refusals } from '../../http/errors.js';
import { fileResponse } from '../../http/file-response.js';
import { importLimits, readTable } from '../../imports/guarded-reader.js';
import { readSingleUpload } from '../../storage/index.js';
import { importRegionFacts, listRegionFacts, setRegionFacts } from './facts-service.js';
import { regionPrecheck } from './precheck-service.js';
import { changeRuleSet, createRuleSet, getRuleSet, listRuleSets, publishRuleSet } from './rules-service.js';
import { recommendationLetterPdf, scenarioWorkbook } from './scenario-export.js';
import {
  comparisonView,
  compareQuery,
  factsBody,
  factsParams,
  factsQuery,
  idParams,
  importQuery,
  importReport,
  precheckView,
  regionFactsView,
  ruleSetBody,
  ruleSetUpdateBody,
  ruleSetView,
  scenarioBody,
  scenarioSummary,
  scenarioView,
  yearQuery,
} from './schemas.js';
import { compareScenarios, getScenario, listRecommendations, listScenarios, recommendScenario, runScenario } from './scenarios-service.js';

const tags = ['incentive'];
const refused = refusals(400, 401, 403, 404, 409);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The regional fiscal incentive: rules, facts, scenarios, the recommendation, a region's pre-check. */
export function incentiveRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const read = { access: 'incentive.read' } as const;
    const manage = { access: 'incentive.manage' } as const;

    app.get(
      '/api/incentive/rule-sets',
      { config: read, schema: { tags, summary: 'Rule sets per fiscal year', response: { 200: z.object({ items: z.array(ruleSetView) }), ...refused } } },
      async () => ({
        items: await listRuleSets(deps.db),
      }),
    );
    app.get(
      '/api/incentive/rule-sets/:id',
      { config: read, schema: { tags, summary: 'One rule set', params: idParams, response: { 200: ruleSetView, ...refused } } },
      async (request) => getRuleSet(deps.db, request.params.id),
    );
    app.post(
      '/api/incentive/rule-sets',
      { config: manage, schema: { tags, summary: 'Draft a rule set for a fiscal year', body: ruleSetBody, response: { 201: ruleSetView, ...refused } } },
      async (request, reply) => reply.status(201).send(await createRuleSet(deps.db, actorOf(request), request.body)),
    );
    app.put(
      '/api/incentive/rule-sets/:id',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Change a draft rule set (a published one is frozen: 409)',
          params: idParams,
          body: ruleSetUpdateBody,
          response: { 200: ruleSetView, ...refused },
        },
      },
      async (request) => changeRuleSet(deps.db, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/incentive/rule-sets/:id/publish',
      { config: manage, schema: { tags, summary: 'Publish (freeze) a rule set; one per fiscal year', params: idParams, response: { 200: ruleSetView, ...refused } } },
      async (request) => publishRuleSet(deps.db, actorOf(request), request.params.id),
    );

    app.get(
      '/api/incentive/facts',
      {
        config: { access: 'incentive.facts' },
        schema: {
          tags,
          summary: 'Recorded facts per regional government for a fiscal year',
          querystring: factsQuery,
          response: { 200: z.object({ items: z.array(regionFactsView) }), ...refused },
        },
      },
      async (request) => ({
        items: await listRegionFacts(deps.db, request.query.year, { province: request.query.province, missing: request.query.missing === 'true' }),
      }),
    );
    app.put(
      '/api/incentive/facts/:year/:code',
      {
        config: { access: 'incentive.facts' },
        schema: {
          tags,
          summary: "Record or correct a region's facts (each with source and date), audited",
          params: factsParams,
          body: factsBody,
          response: { 200: regionFactsView, ...refused },
        },
      },
      async (request) => setRegionFacts(deps.db, actorOf(request), request.params.year, request.params.code, request.body.facts),
    );
    app.post(
      '/api/incentive/facts/import',
      {
        config: { access: 'incentive.facts' },
        schema: {
          tags,
          summary: 'Import region facts from CSV or XLSX (field `file`): a row report; all rows or none',
          description:
            'Columns: kode_wilayah, opini_bpk, apbd_tepat_waktu, ptsp, e_government, kapasitas_fiskal, sumber, tanggal_sumber. Unknown columns are ignored with a warning.',
          consumes: ['multipart/form-data'],
          querystring: importQuery,
          response: { 200: importReport, 201: importReport, ...refused, ...refusals(413) },
        },
      },
      async (request, reply) => {
        const upload = await readSingleUpload(request, 'file', deps.config.UPLOAD_LIMIT_BYTES);
        // Every regional government fits: 38 provinces and 514 regencies/cities, plus a header.
        const sheet = await readTable(upload.bytes, importLimits({ field: 'file', maxBytes: deps.config.UPLOAD_LIMIT_BYTES, maxRows: 1000, maxColumns: 40 }));
        const report = await importRegionFacts(deps.db, actorOf(request), request.query.year, sheet, { dryRun: request.query.dryRun === 'true' });
        if (!report.ok) {
          const en = request.language === 'en';
          return reply.status(400).send({
            error: {
              code: 'IMPORT_INVALID',
              message: en ? `The file has ${report.errors.length} problem(s); nothing was saved.` : `Berkas memiliki ${report.errors.length} masalah; tidak ada yang disimpan.`,
              details: report,
            },
          });
        }
        return reply.status(report.dryRun ? 200 : 201).send(report);
      },
    );

    app.get(
      '/api/incentive/rule-sets/:id/scenarios',
      {
        config: read,
        schema: { tags, summary: 'Scenarios run on a rule set, newest first', params: idParams, response: { 200: z.object({ items: z.array(scenarioSummary) }), ...refused } },
      },
      async (request) => ({
        items: await listScenarios(deps.db, request.params.id),
      }),
    );
    app.post(
      '/api/incentive/rule-sets/:id/scenarios',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Run and store a scenario (pool, weights, shares changed on top of the published rules)',
          params: idParams,
          body: scenarioBody,
          response: { 201: scenarioSummary, ...refused },
        },
      },
      async (request, reply) => reply.status(201).send(await runScenario(deps.db, actorOf(request), request.params.id, request.body)),
    );
    app.get(
      '/api/incentive/scenarios/compare',
      {
        config: read,
        schema: { tags, summary: 'Two scenarios side by side: who gains, who loses, by how much', querystring: compareQuery, response: { 200: comparisonView, ...refused } },
      },
      async (request) => compareScenarios(deps.db, request.query.a, request.query.b),
    );
    app.get(
      '/api/incentive/scenarios/:id',
      { config: read, schema: { tags, summary: 'A scenario with every region, its reasons and amount', params: idParams, response: { 200: scenarioView, ...refused } } },
      async (request) => viewOf(await getScenario(deps.db, request.params.id)),
    );
    app.post(
      '/api/incentive/scenarios/:id/recommend',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Publish the scenario as the recommendation for the Ministry of Finance (once per rule set)',
          params: idParams,
          response: { 200: scenarioSummary, ...refused },
        },
      },
      async (request) => recommendScenario(deps.db, actorOf(request), request.params.id, { publicUrl: deps.config.PUBLIC_URL }),
    );
    app.get(
      '/api/incentive/scenarios/:id/xlsx',
      {
        config: read,
        schema: {
          tags,
          summary: 'A scenario as an XLSX workbook (regions, reasons, amounts, rules)',
          params: idParams,
          produces: [XLSX],
          response: { 200: fileResponse, ...refused },
        },
      },
      async (request, reply) => {
        const s = await getScenario(deps.db, request.params.id);
        return reply
          .header('content-type', XLSX)
          .header('content-disposition', `attachment; filename="insentif-${s.ruleSet.fiscalYear}-skenario.xlsx"`)
          .send(await scenarioWorkbook(documentOf(s)));
      },
    );
    app.get(
      '/api/incentive/scenarios/:id/letter',
      {
        config: read,
        schema: {
          tags,
          summary: 'The recommendation letter (PDF) with the full table and the rules',
          params: idParams,
          produces: ['application/pdf'],
          response: { 200: fileResponse, ...refused },
        },
      },
      async (request, reply) => {
        const s = await getScenario(deps.db, request.params.id);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="rekomendasi-insentif-${s.ruleSet.fiscalYear}.pdf"`)
          .send(await recommendationLetterPdf(documentOf(s)));
      },
    );

    app.get(
      '/api/incentive/recommendations',
      {
        config: { access: 'public' },
        schema: { tags, summary: 'Published recommendations (the Ministry of Finance decides)', response: { 200: z.object({ items: z.array(scenarioSummary) }) } },
      },
      async () => ({
        items: await listRecommendations(deps.db),
      }),
    );
    app.get(
      '/api/incentive/recommendations/:id',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'A published recommendation with every region and its reasons',
          params: idParams,
          response: { 200: scenarioView, ...refusals(400, 404) },
        },
      },
      async (request) => viewOf(await getScenario(deps.db, request.params.id, { recommendedOnly: true })),
    );

    app.get(
      '/api/incentive/precheck',
      {
        config: { access: 'incentive.precheck' },
        schema: {
          tags,
          summary: "Own region's pre-check: conditions met and failed, categories, under the year's published rules",
          querystring: yearQuery,
          response: { 200: precheckView, ...refused },
        },
      },
      async (request) => regionPrecheck(deps.db, request.auth!.user, request.query.year),
    );
  };
}

type LoadedScenario = Awaited<ReturnType<typeof getScenario>>;

function viewOf(s: LoadedScenario) {
  return { ...s, ruleSet: { id: s.ruleSet.id, fiscalYear: s.ruleSet.fiscalYear, name: s.ruleSet.name } };
}

function documentOf(s: LoadedScenario) {
  return {
    name: s.name,
    fiscalYear: s.ruleSet.fiscalYear,
    ruleSetName: s.ruleSet.name,
    config: s.effectiveConfig,
    result: s.result,
    inputsHash: s.inputsHash,
    recommendedAt: s.recommendedAt,
    createdAt: s.createdAt,
  };
}
