import { useEffect, useState } from 'react';

/** The value as it was `ms` after it last changed: results follow the typing without redrawing
 *  the whole list on every key press of an old phone. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
