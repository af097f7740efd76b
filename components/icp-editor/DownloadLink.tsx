import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { FOCUS } from './ui';

/** A link that saves `text` as a file; `auto` clicks it once when the text is new (a fresh release). */
export function DownloadLink(props: {
  fileName: string;
  text: string;
  auto?: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const { fileName, text, auto } = props;
  const ref = useRef<HTMLAnchorElement>(null);
  const url = useMemo(() => URL.createObjectURL(new Blob([text], { type: 'application/json' })), [text]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  useEffect(() => {
    if (url && auto) ref.current?.click();
  }, [url, auto]);
  return (
    <a
      ref={ref}
      href={url}
      download={fileName}
      data-testid={props.testId}
      className={`text-sm text-blue-700 underline dark:text-blue-400 ${FOCUS}`}
    >
      {props.children}
    </a>
  );
}
