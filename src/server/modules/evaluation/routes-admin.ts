import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assignmentPageShape,
  assignmentPairShape,
  autoAssignShape,
  conflictCheckShape,
  fieldVisitShape,
  importAssignmentsShape,
  interviewSlotShape,
  publishAssignmentsShape,
  reassignShape,
  redactionShape,
  roundShape,
  roundSummaryShape,
  savedRedactionShape,
  undoShape,
} from '../../../common/evaluation-admin.js';
import type { AppDeps } from '../../deps.js';
import { safeDownloadHeaders } from '../../storage/download-headers.js';
import { assignOne, autoAssign, exportAssignmentsCsv, importAssignmentsCsv, publishRoundAssignments, reassign, undoLastBulkAction, unassignOne } from './assignment-service.js';
import { listRoundAssignments } from './assignment-listing.js';
import { conflictCheck } from './conflicts-service.js';
import { listFieldVisits, listInterviewSlots, recordFieldVisit, scheduleRoundInterviews } from './interview-service.js';
import { getRedaction, setRedaction } from './redaction-service.js';
import { answers, contextFor, created, fileAnswer, listOf, refused } from './routes-context.js';
import { createRound, getRound, listCompetitionRounds, moveRound, setCriteria, setPool, updateRoundSettings } from './rounds-service.js';
import {
  assignmentListQuery,
  assignmentPairBody,
  competitionIdParams,
  createRoundBody,
  criteriaBody,
  fieldVisitBody,
  importCsvBody,
  interviewScheduleBody,
  poolBody,
  proposalIdParams,
  redactionBody,
  reassignBody,
  roundIdParams,
  roundProposalParams,
  roundStatusBody,
  updateRoundBody,
} from './schemas.js';

/** The ministry's configuration of rounds: criteria, pools, conflicts, assignments, interviews. */
export function evaluationAdminRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const ctx = contextFor(deps);
  const manage = { access: 'evaluation.manage' } as const;
  const tags = ['evaluation'];
  return async (app) => {
    app.get(
      '/api/evaluation/competitions/:competitionId/rounds',
      { config: manage, schema: { tags, summary: 'Evaluation rounds of a competition', params: competitionIdParams, response: listOf(roundSummaryShape) } },
      async (request) => ({
        items: await listCompetitionRounds(ctx(request), request.params.competitionId),
      }),
    );
    app.post(
      '/api/evaluation/rounds',
      { config: manage, schema: { tags, summary: 'Create an evaluation round (desk review, panel selection, interviews)', body: createRoundBody, response: created(roundShape) } },
      async (request, reply) => reply.status(201).send(await createRound(ctx(request), request.body)),
    );
    app.get(
      '/api/evaluation/rounds/:roundId',
      { config: manage, schema: { tags, summary: 'A round with criteria, pool and counts', params: roundIdParams, response: answers(roundShape) } },
      async (request) => getRound(ctx(request), request.params.roundId),
    );
    app.patch(
      '/api/evaluation/rounds/:roundId',
      { config: manage, schema: { tags, summary: 'Change settings and visibility rules', params: roundIdParams, body: updateRoundBody, response: answers(roundShape) } },
      async (request) => updateRoundSettings(ctx(request), request.params.roundId, request.body),
    );
    app.put(
      '/api/evaluation/rounds/:roundId/criteria',
      { config: manage, schema: { tags, summary: 'Replace the scoring criteria (setup only)', params: roundIdParams, body: criteriaBody, response: answers(roundShape) } },
      async (request) => setCriteria(ctx(request), request.params.roundId, request.body.criteria),
    );
    app.put(
      '/api/evaluation/rounds/:roundId/pool',
      { config: manage, schema: { tags, summary: 'Replace the evaluator pool with caps and expertise', params: roundIdParams, body: poolBody, response: answers(roundShape) } },
      async (request) => setPool(ctx(request), request.params.roundId, request.body.members),
    );
    app.post(
      '/api/evaluation/rounds/:roundId/status',
      { config: manage, schema: { tags, summary: 'Open or close the round', params: roundIdParams, body: roundStatusBody, response: answers(roundShape) } },
      async (request) => moveRound(ctx(request), request.params.roundId, request.body.status),
    );
    app.get(
      '/api/evaluation/rounds/:roundId/conflicts',
      {
        config: manage,
        schema: { tags, summary: 'Standalone conflict check of the pool against the round’s proposals', params: roundIdParams, response: answers(conflictCheckShape) },
      },
      async (request) => conflictCheck(ctx(request), request.params.roundId),
    );
    app.get(
      '/api/evaluation/rounds/:roundId/assignments',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Assignments per proposal, a page at a time, filtered by evaluator, number/title, review state or missing reviewers (the CSV export has them all)',
          params: roundIdParams,
          querystring: assignmentListQuery,
          response: answers(assignmentPageShape),
        },
      },
      async (request) => listRoundAssignments(ctx(request), request.params.roundId, request.query),
    );
    app.post(
      '/api/evaluation/rounds/:roundId/assignments/auto',
      { config: manage, schema: { tags, summary: 'Optimal automatic assignment (min-cost flow)', params: roundIdParams, response: answers(autoAssignShape) } },
      async (request) => autoAssign(ctx(request), request.params.roundId),
    );
    app.post(
      '/api/evaluation/rounds/:roundId/assignments',
      {
        config: manage,
        schema: { tags, summary: 'Assign one evaluator to one proposal', params: roundIdParams, body: assignmentPairBody, response: created(assignmentPairShape) },
      },
      async (request, reply) => reply.status(201).send(await assignOne(ctx(request), request.params.roundId, request.body.proposalId, request.body.evaluatorId)),
    );
    app.post(
      '/api/evaluation/rounds/:roundId/assignments/remove',
      {
        config: manage,
        schema: { tags, summary: 'Unassign one evaluator from one proposal', params: roundIdParams, body: assignmentPairBody, response: { 204: z.null(), ...refused } },
      },
      async (request, reply) => {
        await unassignOne(ctx(request), request.params.roundId, request.body.proposalId, request.body.evaluatorId);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/api/evaluation/rounds/:roundId/assignments/reassign',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Move an evaluator’s unscored work (to one evaluator, or re-solved)',
          params: roundIdParams,
          body: reassignBody,
          response: answers(reassignShape),
        },
      },
      async (request) => reassign(ctx(request), request.params.roundId, request.body.fromEvaluatorId, request.body.toEvaluatorId),
    );
    app.post(
      '/api/evaluation/rounds/:roundId/assignments/publish',
      { config: manage, schema: { tags, summary: 'Show the assignments to the evaluators', params: roundIdParams, response: answers(publishAssignmentsShape) } },
      async (request) => publishRoundAssignments(ctx(request), request.params.roundId),
    );
    app.post(
      '/api/evaluation/rounds/:roundId/assignments/undo',
      { config: manage, schema: { tags, summary: 'Undo the last bulk assignment action', params: roundIdParams, response: answers(undoShape) } },
      async (request) => undoLastBulkAction(ctx(request), request.params.roundId),
    );
    app.get(
      '/api/evaluation/rounds/:roundId/assignments.csv',
      { config: manage, schema: { tags, summary: 'Assignments as CSV (proposal_number, evaluator_email)', produces: ['text/csv'], params: roundIdParams, response: fileAnswer } },
      async (request, reply) => {
        const csv = await exportAssignmentsCsv(ctx(request), request.params.roundId);
        return reply.headers(safeDownloadHeaders('text/csv', 'penugasan.csv')).send(csv);
      },
    );
    app.post(
      '/api/evaluation/rounds/:roundId/assignments/import',
      {
        config: manage,
        schema: { tags, summary: 'Replace the assignments from a CSV (all-or-nothing)', params: roundIdParams, body: importCsvBody, response: answers(importAssignmentsShape) },
      },
      async (request) => importAssignmentsCsv(ctx(request), request.params.roundId, request.body.csv),
    );
    app.post(
      '/api/evaluation/rounds/:roundId/interviews',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Schedule presentation + interview slots for the finalists',
          params: roundIdParams,
          body: interviewScheduleBody,
          response: listOf(interviewSlotShape),
        },
      },
      async (request) => ({
        items: await scheduleRoundInterviews(ctx(request), request.params.roundId, request.body),
      }),
    );
    app.get(
      '/api/evaluation/rounds/:roundId/interviews',
      { config: manage, schema: { tags, summary: 'The interview timetable', params: roundIdParams, response: listOf(interviewSlotShape) } },
      async (request) => ({
        items: await listInterviewSlots(ctx(request), request.params.roundId),
      }),
    );
    app.put(
      '/api/evaluation/rounds/:roundId/field-visits/:proposalId',
      { config: manage, schema: { tags, summary: 'Record field verification findings', params: roundProposalParams, body: fieldVisitBody, response: listOf(fieldVisitShape) } },
      async (request) => ({
        items: await recordFieldVisit(ctx(request), request.params.roundId, request.params.proposalId, request.body),
      }),
    );
    app.get(
      '/api/evaluation/proposals/:proposalId/redaction',
      {
        config: manage,
        schema: {
          tags,
          summary: 'The submitted answers beside their automatic masking, and the stored hand-redacted copy if any',
          params: proposalIdParams,
          response: answers(redactionShape),
        },
      },
      async (request) => getRedaction(ctx(request), request.params.proposalId),
    );
    app.put(
      '/api/evaluation/proposals/:proposalId/redaction',
      {
        config: manage,
        schema: {
          tags,
          summary: 'Hand-redacted copy served to blind rounds instead of the submitted answers',
          params: proposalIdParams,
          body: redactionBody,
          response: answers(savedRedactionShape),
        },
      },
      async (request) => setRedaction(ctx(request), request.params.proposalId, request.body),
    );
    app.get(
      '/api/evaluation/rounds/:roundId/field-visits',
      { config: manage, schema: { tags, summary: 'Field verification findings', params: roundIdParams, response: listOf(fieldVisitShape) } },
      async (request) => ({
        items: await listFieldVisits(ctx(request), request.params.roundId),
      }),
    );
  };
}
