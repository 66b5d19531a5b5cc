import { z } from 'zod';
import { refusals } from '../../http/errors.js';

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
export const refused = refusals(400, 401, 403, 404, 409);
