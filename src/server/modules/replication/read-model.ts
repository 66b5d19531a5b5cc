/**
 * What other modules may read of the replication network by SQL join: read views of hubs and
 * mentors (events list hub names, matchmaking names the mentor). Services are read through
 * hubs-service.ts / cases-service.ts as before. Imports no other module.
 */
export { hubsView, mentorsView } from './read-model-repository.js';
