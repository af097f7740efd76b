import type { RawPerson } from '../types';

/**
 * Seniority and department from a job title, in English, German, French and Spanish.
 * Keyword rules, first match wins; titles are lower-cased and stripped of accents first
 * ("Geschäftsführer" -> "geschaftsfuhrer"). Unknown stays undefined rather than guessed.
 */

export type Seniority = 'c-level' | 'vp' | 'director' | 'manager' | 'individual contributor';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const C_TOKENS =
  /\b(?:ceo|cfo|coo|cto|cmo|cro|cio|chro|cpo|cdo|ciso|cxo|cso|cco|caio)\b|\bchief\b.*\bofficer\b|\bchief (?:executive|operating|financial|technology|marketing|revenue)\b/;

// "Product Manager" and friends are individual contributors with "manager" in the name.
const IC_MANAGER =
  /\b(?:(?:key )?account|product|project|program(?:me)?|customer success|community|social media|success|partner|territory) manager\b|\bproduct owner\b|\bchef de (?:projet|produit)\b|\bprojektleit|\bproduktmanag|\bjef[ea] de proyecto\b|\bgerente de (?:cuentas?|producto|proyecto)\b/;

const RULES: [Seniority, RegExp][] = [
  ['director', /\bchief of staff\b/],
  [
    'c-level',
    new RegExp(
      [
        C_TOKENS.source,
        /\b(?:co-?)?founder\b|\bcofounder\b|(?<!product |process |data |business )\bowner\b/.source,
        /(?<!vice[- ])\bpresident\b|(?<!vize)prasident|\bpresidente\b|\bpdg\b/.source,
        /\bmanaging (?:director|partner)\b|\bgeneral (?:partner|manager|counsel)\b|\bboard\b/.source,
        /geschaftsfuhr|\bvorstand|\binhaber|grunder\b|\bgesellschafter/.source,
        /\bdirect(?:eur|rice) general|\bfondat(?:eur|rice)\b|cofondat|\bgerant/.source,
        /\bdirect(?:or|ora) (?:general|ejecutiv)|consejer[oa] delegad|\b(?:co)?fundador|\bgerente general/.source,
      ].join('|'),
    ),
  ],
  ['vp', /\b[aes]?vp\b|\bvice[- ]?president|\bvizeprasident|\bvicepresident/],
  ['manager', /\bteam ?(?:lead|leader|leiter)|\bteamleit|\bgruppenleit/],
  [
    'director',
    /\bdirect(?:or|ora|eur|rice)\b|\bdirektor|\bhead\b|leiter(?:in)?\b|\bleitung\b|\bprokurist|\bdireccion\b/,
  ],
  ['individual contributor', IC_MANAGER],
  [
    'manager',
    /\bmanager(?:in)?\b|\bgerente\b|\bjef[ea]\b|\bresponsable\b|\bsupervisor|\bencargad[oa]\b|\bchef (?:de|des|du)\b/,
  ],
  [
    'individual contributor',
    new RegExp(
      [
        /engineer|developer|entwickler|ingenieur|ingeniero|developpeur|desarrollador|programm|architect|architekt/
          .source,
        /analyst|analista|specialist|spezialist|specialiste|especialista|consultant|berater|consultor/.source,
        /designer|disenador|graphiste|associate|coordinat|coordinador|scientist|accountant|comptable|contable|contador/
          .source,
        /recruiter|reclutador|recruteur|representative|\brep\b|\b[sb]dr\b|\bae\b|executive|ejecutiv|\bcommercial\b|vendedor|verkaufer|comercial/
          .source,
        /\bintern\b|praktikant|stagiaire|becari|assistant|assistent|asistente|referent|sachbearbeit|mitarbeiter|administrator/
          .source,
        /writer|redakteur|redacteur|editor|technician|techniker|technicien|tecnico|agent\b|advis[eo]r|abogad|avocat|anwalt|lawyer/
          .source,
        /\bcharge(?:e)? de\b|kundenberat|research|controller|\b(?:business|acquisition|hr|talent) partner\b/.source,
      ].join('|'),
    ),
  ],
];

const EXEC_ASSISTANT = /assistan|assistent|asistente|secretar|sekretar/;

export function inferSeniority(title: string | undefined): Seniority | undefined {
  if (!title?.trim()) return undefined;
  const t = fold(title);
  // "Assistant to the CEO" names the boss, not the role.
  if (EXEC_ASSISTANT.test(t) && (C_TOKENS.test(t) || /geschaftsfuhr|vorstand|direct/.test(t)))
    return 'individual contributor';
  return RULES.find(([, re]) => re.test(t))?.[0];
}

/** Order matters: "Product Marketing" is Marketing, "Sales Engineer" Sales, "Data Engineer" Data. */
const DEPARTMENTS: [string, RegExp][] = [
  ['Revenue Operations', /revenue operations|\brevops\b|sales (?:operations|ops)\b|sales enablement/],
  [
    'IT',
    /information technology|\bcio\b|information officer|\bciso\b|sysadmin|system ?administrat|systemadministrat|help ?desk|informati[kq]|informatica|infrastructure|infrastruktur|network|netzwerk|\bsecurity\b|\bseguridad\b/,
  ],
  [
    'Customer Success',
    /customer (?:success|experience|support|care|officer)|client success|\bcx\b|kundenservice|kundenerfolg|kundenbetreuung|service client|succes client|atencion al cliente|exito del cliente|onboarding|implementation|\bsupport\b/,
  ],
  ['Design', /\bdesign|\bux\b|\bui\b|disen|graphis|gestalt|illustrat/],
  [
    'Marketing',
    /marketing|\bgrowth\b|demand gen|\bbrand|\bcontent|communication|kommunikation|comunicacion|\bpr\b|public relations|\bseo\b|\bcmo\b|social media|community|mercadeo|mercadotecnia|werbung|publicit/,
  ],
  [
    'Sales',
    /\bsales(?!force)|vertrieb|verkauf|\bvente|\bventas?\b|commercial|comercial|account (?:executive|manager)|key account|\b[sb]dr\b|\bae\b|business development|geschaftsentwicklung|developpement commercial|desarrollo de negocio|\bcro\b|\brevenue\b|ejecutivo de cuentas|kundenberat|aussendienst|\bdealer/,
  ],
  [
    'HR/People',
    /\bhr\b|human resources|\bpeople\b|talent|recruit|reclut|recrut|personal(?:leit|referent|abteilung|wesen|manag|entwickl|chef|sachbearbeit)|ressources humaines|\brh\b|recursos humanos|\brrhh\b|\bchro\b|\bhrbp\b/,
  ],
  [
    'Data',
    /\bdata\b|daten|donnees|\bdatos\b|analytics|machine learning|\bml\b|\bai\b|business intelligence|\bbi\b|statisti/,
  ],
  ['Product', /\bproducts?\b|produktmanag|produktowner|\bproduit|\bproducto|\bcpo\b/],
  [
    'Engineering',
    /engineer|\bsoftware|developer|devops|\bsre\b|entwickl|ingenieur|ingeniero|developpeur|desarrollador|programm|\bqa\b|quality assurance|\bcto\b|technology officer|\btech\b|technical|techni[kq]|tecnic|logiciel|architect|firmware|backend|frontend|full ?-?stack/,
  ],
  [
    'Finance',
    /financ|\bcfo\b|controll|accounting|accountant|buchhalt|bilanz|treasur|tresor|comptab|contab|contador|tesorer|\bfp&a\b|payroll|\btax\b|steuer|fiscal|\baudit/,
  ],
  [
    'Legal',
    /legal|counsel|lawyer|attorney|\brecht|jurist|anwalt|juridique|avocat|abogad|juridic|compliance|paralegal|notar/,
  ],
  [
    'Operations',
    /\boperations?\b|\bops\b|\bcoo\b|operating officer|\bbetrieb|operaciones|logisti|supply chain|procurement|purchasing|einkauf|\bachats?\b|compras|office manager|administration/,
  ],
  [
    'Executive',
    /\bceo\b|chief executive|founder|grunder|\bowner\b|president|prasident|managing (?:director|partner)|general manager|geschaftsfuhr|vorstand|inhaber|\bpdg\b|directe?(?:ur|rice) general|fondat|\bgerant|director general|directora general|ejecutiv[oa]|consejer[oa] delegad|fundador|gerente general|\bboard\b|chief of staff|executive director/,
  ],
];

export function inferDepartment(title: string | undefined): string | undefined {
  if (!title?.trim()) return undefined;
  const t = fold(title);
  // "IT" only in capitals: "it" is a word in English and French.
  if (/\bIT\b/.test(title)) return 'IT';
  return DEPARTMENTS.find(([, re]) => re.test(t))?.[0];
}

/** Seniority and department of a person, from the title or else the headline; the caller adds them to the result. */
export function personRole(person: RawPerson | undefined): { seniority?: Seniority; department?: string } {
  const text = person?.title ?? person?.headline;
  const seniority = inferSeniority(text);
  const department = inferDepartment(text);
  return { ...(seniority && { seniority }), ...(department && { department }) };
}
