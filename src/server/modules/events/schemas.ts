import { z } from 'zod';
import { errorResponse } from '../../http/errors.js';

export {
  attendanceBody,
  eventBody,
  eventList,
  eventsQuery,
  eventUpdateBody,
  eventView,
  interestBody,
  interestList,
  interestView,
  materialQuery,
  registrationList,
  registrationView,
  videoBody,
} from '../../../common/events.js';

export const eventIdParams = z.strictObject({ eventId: z.uuid() });
export const refusals = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse } as const;
