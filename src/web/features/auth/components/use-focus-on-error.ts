import { type RefObject, useEffect } from 'react';

/** Moves focus to the error alert when a new error appears, so it is read out and seen. */
export function useFocusOnError(error: unknown, target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (error) target.current?.focus();
  }, [error, target]);
}
