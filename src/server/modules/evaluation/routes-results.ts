import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { panelSelectionShape, resultsShape, selectionHeaderShape, selectionShape } from '../../../common/evaluation-admin.js';
import type { AppDeps } from '../../deps.js';
import { getRoundResults } from './results-service.js';
import { resultsWorkbook } from './results-xlsx.js';
import { answers, contextFor, created, fileAnswer, listOf } from './routes-context.js';
import {
  answerObjectionBody,
  createSelectionBody,
  decisionBody,
  finaliseSelectionBody,
  objectionParams,
  publishSelectionBody,
  resultsQuery,
  roundIdParams,
  selectionIdParams,
  selectionProposalParams,
} from './schemas.js';
import {
  answerObjection,
  createSelection,
  finaliseSelection,
  getSelection,
  listPanelSelections,
  listRoundSelections,
  publishSelection,
  recordDecision,
  withdrawSelection,
} from './selection-service.js';

/** Results, rankings and selections: the ministry, and the panel where the policy allows. */
export function evaluationResultsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const ctx = contextFor(deps);
  const results = { access: 'evaluation.results' } as const;
  const manage = { access: 'evaluation.manage' } as const;
  const tags = ['evaluation'];
  return async (app) => {
    app.get(
      '/api/evaluation/rounds/:roundId/results',
      {
        config: results,
        schema: {
          tags,
          summary: 'Per-proposal totals, mean, median, normalised score, disagreement and rank',
          params: roundIdParams,
          querystring: resultsQuery,
          response: answers(resultsShape),
        },
      },
      async (request) => getRoundResults(ctx(request), request.params.roundId, request.query.basis),
    );
    app.get(
      '/api/evaluation/rounds/:roundId/results.xlsx',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Results and selections as an XLSX workbook for the ministry',
          produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
          params: roundIdParams,
          querystring: resultsQuery,
          response: fileAnswer,
        },
      },
      async (request, reply) => {
        const c = ctx(request);
        const data = await getRoundResults(c, request.params.roundId, request.query.basis);
        const selections = await Promise.all((await listRoundSelections(c, request.params.roundId)).map((s) => getSelection(c, s.id)));
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', 'attachment; filename="hasil-penilaian.xlsx"')
          .send(await resultsWorkbook(data, selections));
      },
    );
    app.get(
      '/api/evaluation/panel/selections',
      { config: results, schema: { tags, summary: 'Draft and published selections the panel may decide on', response: listOf(panelSelectionShape) } },
      async (request) => ({
        items: await listPanelSelections(ctx(request)),
      }),
    );
    app.get(
      '/api/evaluation/rounds/:roundId/selections',
      { config: results, schema: { tags, summary: 'Selections made from a round', params: roundIdParams, response: listOf(selectionHeaderShape) } },
      async (request) => ({
        items: await listRoundSelections(ctx(request), request.params.roundId),
      }),
    );
    app.post(
      '/api/evaluation/rounds/:roundId/selections',
      {
        config: manage,
        schema: { tags, summary: 'Compute a Top-N selection under spread rules', params: roundIdParams, body: createSelectionBody, response: created(selectionShape) },
      },
      async (request, reply) => reply.status(201).send(await createSelection(ctx(request), request.params.roundId, request.body)),
    );
    app.get(
      '/api/evaluation/selections/:selectionId',
      { config: results, schema: { tags, summary: 'A selection with decisions and objections', params: selectionIdParams, response: answers(selectionShape) } },
      async (request) => getSelection(ctx(request), request.params.selectionId),
    );
    app.put(
      '/api/evaluation/selections/:selectionId/decisions/:proposalId',
      {
        config: results,
        schema: { tags, summary: 'The panel’s decision and rationale for one proposal', params: selectionProposalParams, body: decisionBody, response: answers(selectionShape) },
      },
      async (request) => recordDecision(ctx(request), request.params.selectionId, request.params.proposalId, request.body),
    );
    app.post(
      '/api/evaluation/selections/:selectionId/publish',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Publish the list and open the public objection period',
          params: selectionIdParams,
          body: publishSelectionBody,
          response: answers(selectionShape),
        },
      },
      async (request) => publishSelection(ctx(request), request.params.selectionId, request.body.objectionHours),
    );
    app.post(
      '/api/evaluation/selections/:selectionId/withdraw',
      {
        config: manage,
        schema: { tags, summary: 'Back to draft after an upheld objection (objections must be answered)', params: selectionIdParams, response: answers(selectionShape) },
      },
      async (request) => withdrawSelection(ctx(request), request.params.selectionId),
    );
    app.post(
      '/api/evaluation/selections/:selectionId/objections/:objectionId/answer',
      { config: manage, schema: { tags, summary: 'Answer an objection', params: objectionParams, body: answerObjectionBody, response: answers(selectionShape) } },
      async (request) => answerObjection(ctx(request), request.params.selectionId, request.params.objectionId, request.body),
    );
    app.post(
      '/api/evaluation/selections/:selectionId/finalise',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Finalise with the decree; writes the awards to the catalog',
          params: selectionIdParams,
          body: finaliseSelectionBody,
          response: answers(selectionShape),
        },
      },
      async (request) => finaliseSelection(ctx(request), request.params.selectionId, request.body),
    );
  };
}
