import { isOneOf } from '../../common/one-of';

/**
 * A value read from the address bar or a form control, when it is one of those the server takes;
 * otherwise `undefined` ("not set"), so a list query typed from the server's schema never carries
 * a value the server would refuse.
 */
export function knownValue<T extends string>(choices: readonly T[], value: string | null | undefined): T | undefined {
  return isOneOf(choices, value) ? value : undefined;
}
