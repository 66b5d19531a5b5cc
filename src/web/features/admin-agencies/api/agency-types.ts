/** Agency types come from `src/common/agency-types.ts`, shared with the server. */
export { AGENCY_TYPES, type AgencyType, REGIONAL_AGENCY_TYPES } from '../../../../common/agency-types';
