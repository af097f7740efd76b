import { CAP, clean } from './dom';

/**
 * "Software Engineer at Google" -> title and company, from the first "|"-separated part of a
 * headline. Connectors: at, @, bei, chez. Spanish "en" is left out on purpose: "Licenciado en
 * Derecho" is a degree, not an employer.
 */
export function splitHeadline(headline: string | undefined): { title: string; companyName: string } | undefined {
  const head = headline?.split(/\s+[|•·]\s+/)[0];
  const m = head && /^(.+?)(?:\s+(?:at|bei|chez)\s+|\s*@\s*)(.+)$/i.exec(head);
  const title = m ? clean(m[1], CAP.short) : undefined;
  const companyName = m ? clean(m[2], CAP.name) : undefined;
  return title && companyName ? { title, companyName } : undefined;
}
