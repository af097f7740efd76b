import { useEffect, useState } from 'react';

/** `value` once it has not changed for `ms` (the charts follow rows that settle, one chart per task). */
export function useLater<T>(value: T, ms: number): T {
  const [later, setLater] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setLater(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return later;
}
