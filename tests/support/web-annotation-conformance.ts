// checkWebAnnotation: every MUST of the W3C Web Annotation Data Model
// (https://www.w3.org/TR/annotation-model/, Recommendation of 23 February 2017) that a
// JSON-LD document can be checked against, written from the specification and not from
// ClaimMark's exporter. Returns one message per violation, naming where and which section;
// an empty list means the document conforms. Accepts an Annotation, a list of them, an
// AnnotationCollection or an AnnotationPage. Extension properties are ignored, as the model
// allows. Where ClaimMark requires more than a MUST (a TextQuoteSelector's exact must not be
// empty; a TextPositionSelector's start must not be after its end; every body object must
// have a type or an id), that is checked too and marked "(ClaimMark)". Where the W3C's own
// test suite (web-annotation-tests) reads the model more strictly than its text, its
// assertion is checked too and named by its id ("3.3.5-bodyEWRNoPurpose").

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** §3.3.5: the motivations the model defines; others must be IRIs of new Motivation instances. */
export const W3C_MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];

/** An absolute IRI (RFC 3987): a scheme, a colon, and no white space or characters IRIs exclude. */
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`\p{Cc}]+$/u;
/** xsd:dateTime with the UTC timezone written as "Z" (§3.3.1). */
const XSD_DATETIME_UTC = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?Z$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function typesOf(node: Json): unknown[] {
  return list(node.type);
}

function isIri(value: unknown): value is string {
  return typeof value === 'string' && ABSOLUTE_IRI.test(value);
}

function isNonNegativeInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

class Report {
  readonly problems: string[] = [];

  add(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }
}

export function checkWebAnnotation(value: unknown): string[] {
  const report = new Report();
  if (Array.isArray(value)) {
    if (value.length === 0) report.add('$', 'an empty list holds no Annotation');
    value.forEach((item, index) => checkAnnotation(item, `$[${index}]`, true, report));
  } else if (isObject(value) && looksLike(value, 'AnnotationCollection', ['first', 'total', 'last'])) {
    checkCollection(value, '$', report);
  } else if (isObject(value) && looksLike(value, 'AnnotationPage', ['items', 'partOf', 'startIndex'])) {
    checkPage(value, '$', false, report);
  } else {
    checkAnnotation(value, '$', true, report);
  }
  return report.problems;
}

/** Typed as `className`, or untyped as an Annotation but with properties only `className` has. */
function looksLike(node: Json, className: string, keys: string[]): boolean {
  const types = typesOf(node);
  return types.includes(className) || (!types.includes('Annotation') && keys.some((key) => node[key] !== undefined));
}

function checkContext(node: Json, path: string, required: boolean, oneValueAsString: boolean, section: string, report: Report): void {
  const context = node['@context'];
  if (context === undefined) {
    if (required) report.add(path, `MUST have 1 or more @context values (${section})`);
    return;
  }
  const values = list(context);
  if (values.length === 0) report.add(path, `MUST have 1 or more @context values (${section})`);
  if (!values.includes(ANNOTATION_CONTEXT)) report.add(path, `${ANNOTATION_CONTEXT} MUST be one of the @context values (${section})`);
  if (oneValueAsString && Array.isArray(context) && context.length === 1) {
    report.add(path, `a single @context value MUST be provided as a string (${section})`);
  }
  for (const value of values) {
    if (typeof value !== 'string' && !isObject(value)) report.add(path, `@context values must be IRIs or context objects (${section})`);
  }
}

function checkExactlyOneIri(node: Json, key: string, path: string, what: string, section: string, report: Report): void {
  const value = node[key];
  if (value === undefined) report.add(path, `${what} MUST have exactly 1 IRI as ${key} (${section})`);
  else if (Array.isArray(value)) report.add(path, `${what} MUST have exactly 1 ${key}, not a list (${section})`);
  else if (!isIri(value)) report.add(path, `${what}'s ${key} MUST be an absolute IRI, not ${JSON.stringify(value)} (${section})`);
}

function checkOptionalIri(node: Json, key: string, path: string, section: string, report: Report, many = false): void {
  const value = node[key];
  if (value === undefined) return;
  if (!many && Array.isArray(value)) report.add(path, `${key} MUST NOT have more than 1 value (${section})`);
  for (const item of list(value)) {
    if (!isIri(item)) report.add(path, `${key} MUST be an absolute IRI, not ${JSON.stringify(item)} (${section})`);
  }
}

function checkTypeIncludes(node: Json, path: string, className: string, section: string, report: Report): void {
  const types = typesOf(node);
  if (types.length === 0) report.add(path, `MUST have 1 or more types (${section})`);
  else if (!types.includes(className)) report.add(path, `the ${className} class MUST be one of its types (${section})`);
  for (const type of types) if (typeof type !== 'string') report.add(path, `type values must be strings (${section})`);
}

function checkTime(node: Json, key: 'created' | 'modified' | 'generated', path: string, report: Report): void {
  const value = node[key];
  if (value === undefined) return;
  if (Array.isArray(value)) {
    report.add(path, `${key} MUST NOT have more than 1 value (§3.3.1)`);
    return;
  }
  if (typeof value !== 'string' || !XSD_DATETIME_UTC.test(value) || Number.isNaN(Date.parse(value))) {
    report.add(path, `${key} MUST be a xsd:dateTime with the UTC timezone expressed as "Z", not ${JSON.stringify(value)} (§3.3.1)`);
  }
}

function checkAgents(node: Json, key: 'creator' | 'generator', path: string, report: Report): void {
  list(node[key]).forEach((agent, index) => {
    const at = `${path}.${key}${Array.isArray(node[key]) ? `[${index}]` : ''}`;
    if (typeof agent === 'string') {
      if (!isIri(agent)) report.add(at, `an agent given by reference MUST be an IRI (§3.3.2)`);
      return;
    }
    if (!isObject(agent)) {
      report.add(at, 'an agent MUST be an IRI or an object (§3.3.2)');
      return;
    }
    checkOptionalIri(agent, 'id', at, '§3.3.2', report);
    checkOptionalIri(agent, 'homepage', at, '§3.3.2', report, true);
    for (const email of list(agent.email)) {
      if (typeof email !== 'string' || !email.startsWith('mailto:')) report.add(at, 'email MUST use the mailto: IRI scheme (§3.3.2)');
    }
    for (const name of list(agent.name)) if (typeof name !== 'string') report.add(at, 'name must be a string (§3.3.2)');
  });
}

function checkMotivations(node: Json, key: 'motivation' | 'purpose', path: string, report: Report): void {
  for (const motivation of list(node[key])) {
    if (typeof motivation === 'string' && (W3C_MOTIVATIONS.includes(motivation) || isIri(motivation))) continue;
    report.add(path, `${key} ${JSON.stringify(motivation)} is neither a W3C motivation nor the IRI of one (§3.3.5)`);
  }
}

function checkTextDirection(node: Json, path: string, report: Report): void {
  const direction = node.textDirection;
  if (direction !== undefined && !['ltr', 'rtl', 'auto'].includes(direction as string)) {
    report.add(path, `textDirection MUST be ltr, rtl or auto, not ${JSON.stringify(direction)} (§3.2.1)`);
  }
}

function checkAnnotation(value: unknown, path: string, standalone: boolean, report: Report): void {
  if (!isObject(value)) {
    report.add(path, 'an Annotation must be a JSON object (§3.1)');
    return;
  }
  // Embedded in a Collection or Page, an Annotation takes the @context of its container.
  checkContext(value, path, standalone, true, '§3.1', report);
  checkExactlyOneIri(value, 'id', path, 'an Annotation', '§3.1', report);
  checkTypeIncludes(value, path, 'Annotation', '§3.1', report);
  const targets = list(value.target);
  if (targets.length === 0) report.add(path, 'there MUST be 1 or more target relationships (§3.1)');
  targets.forEach((target, index) => checkResource(target, `${path}.target${Array.isArray(value.target) ? `[${index}]` : ''}`, 'target', report));
  if (value.bodyValue !== undefined) {
    if (value.body !== undefined) report.add(path, 'if bodyValue is present, body MUST NOT also be present (§3.2.5)');
    if (typeof value.bodyValue !== 'string') report.add(path, 'bodyValue MUST be a single xsd:string (§3.2.5)');
  }
  list(value.body).forEach((body, index) => checkResource(body, `${path}.body${Array.isArray(value.body) ? `[${index}]` : ''}`, 'body', report));
  for (const key of ['created', 'modified', 'generated'] as const) checkTime(value, key, path, report);
  checkAgents(value, 'creator', path, report);
  checkAgents(value, 'generator', path, report);
  checkMotivations(value, 'motivation', path, report);
  checkOptionalIri(value, 'rights', path, '§3.3.6', report, true);
  checkOptionalIri(value, 'canonical', path, '§3.3.7', report);
  checkOptionalIri(value, 'via', path, '§3.3.7', report, true);
}

function checkResource(resource: unknown, path: string, role: 'body' | 'target', report: Report): void {
  if (typeof resource === 'string') {
    if (!isIri(resource)) report.add(path, `a ${role} given as a string MUST be the IRI of the resource (§3.2.6)`);
    return;
  }
  if (!isObject(resource)) {
    report.add(path, `a ${role} must be an IRI or an object (§3.2.6)`);
    return;
  }
  const types = typesOf(resource);
  checkTextDirection(resource, path, report);
  for (const key of ['created', 'modified'] as const) checkTime(resource, key, path, report);
  checkAgents(resource, 'creator', path, report);
  checkOptionalIri(resource, 'rights', path, '§3.3.6', report, true);

  if (types.includes('Choice')) {
    if (types.length !== 1) report.add(path, 'a Choice MUST have exactly 1 type, Choice (§3.2.7)');
    checkOptionalIri(resource, 'id', path, '§3.2.7', report);
    const items = list(resource.items);
    if (items.length === 0) report.add(path, 'a Choice lists the resources to choose from in items (§3.2.7)');
    items.forEach((item, index) => checkResource(item, `${path}.items[${index}]`, role, report));
    return;
  }
  // The suite's definitions read any object with an id and no source as an External Web
  // Resource, whatever its type, and such a body may not carry a purpose.
  if (role === 'body' && resource.id !== undefined && resource.source === undefined && resource.purpose !== undefined) {
    report.add(path, 'a body with an id and no source is an External Web Resource to the W3C test suite, which MUST NOT have a purpose (3.3.5-bodyEWRNoPurpose)');
  }
  if (types.includes('TextualBody') || (resource.value !== undefined && resource.source === undefined)) {
    if (role === 'target') report.add(path, 'a Target is always an External Web Resource, never an embedded TextualBody (§3.2)');
    if (resource.value === undefined) report.add(path, 'there MUST be exactly 1 value property associated with the TextualBody (§3.2.4)');
    else if (typeof resource.value !== 'string') report.add(path, 'the TextualBody value MUST be exactly 1 string (§3.2.4)');
    checkOptionalIri(resource, 'id', path, '§3.2.4', report);
    checkMotivations(resource, 'purpose', path, report);
    return;
  }
  if (types.includes('SpecificResource') || resource.source !== undefined) {
    const source = resource.source;
    if (source === undefined) report.add(path, 'there MUST be exactly 1 source relationship associated with a Specific Resource (§4)');
    else if (Array.isArray(source)) report.add(path, 'a Specific Resource MUST have exactly 1 source, not a list (§4)');
    else if (typeof source === 'string') {
      if (!isIri(source)) report.add(path, `the source MUST be the IRI of the resource, not ${JSON.stringify(source)} (§4)`);
    } else if (isObject(source)) {
      checkExactlyOneIri(source, 'id', `${path}.source`, 'a source described in detail', '§3.2.1', report);
    } else {
      report.add(path, 'the source must be an IRI or an object (§4)');
    }
    checkOptionalIri(resource, 'id', path, '§4', report);
    checkMotivations(resource, 'purpose', path, report);
    list(resource.selector).forEach((selector, index) =>
      checkSelector(selector, `${path}.selector${Array.isArray(resource.selector) ? `[${index}]` : ''}`, report),
    );
    list(resource.state).forEach((state, index) => checkState(state, `${path}.state${Array.isArray(resource.state) ? `[${index}]` : ''}`, report));
    return;
  }
  if (resource.id === undefined && types.length === 0) {
    report.add(path, `a ${role} object must have a type or an id (ClaimMark), and an External Web Resource MUST have exactly 1 id (§3.2.1)`);
    return;
  }
  checkExactlyOneIri(resource, 'id', path, 'an External Web Resource', '§3.2.1', report);
}

function checkSelector(selector: unknown, path: string, report: Report): void {
  if (typeof selector === 'string') {
    if (!isIri(selector)) report.add(path, 'a selector given by reference MUST be an IRI (§4.2)');
    return;
  }
  if (!isObject(selector)) {
    report.add(path, 'a selector must be an IRI or an object (§4.2)');
    return;
  }
  const types = typesOf(selector);
  const [type] = types;
  const known = ['FragmentSelector', 'CssSelector', 'XPathSelector', 'TextQuoteSelector', 'TextPositionSelector', 'DataPositionSelector', 'SvgSelector', 'RangeSelector'];
  if (types.length !== 1 && types.some((candidate) => known.includes(candidate as string))) {
    report.add(path, `a ${String(types.find((candidate) => known.includes(candidate as string)))} MUST have exactly 1 type (§4.2)`);
  }
  const exactlyOne = (key: string, check: (value: unknown) => boolean, what: string, section: string): void => {
    const value = selector[key];
    if (value === undefined) report.add(path, `a ${String(type)} MUST have exactly 1 ${key} (${section})`);
    else if (Array.isArray(value)) report.add(path, `a ${String(type)} MUST have exactly 1 ${key}, not a list (${section})`);
    else if (!check(value)) report.add(path, `the ${key} of a ${String(type)} MUST be ${what}, not ${JSON.stringify(value)} (${section})`);
  };
  const atMostOneString = (key: string, section: string): void => {
    const value = selector[key];
    if (value === undefined) return;
    if (Array.isArray(value)) report.add(path, `a ${String(type)} MUST NOT have more than 1 ${key} (${section})`);
    else if (typeof value !== 'string') report.add(path, `the ${key} of a ${String(type)} must be a string (${section})`);
  };
  const isString = (value: unknown): boolean => typeof value === 'string';
  switch (type) {
    case 'TextQuoteSelector':
      exactlyOne('exact', isString, 'a string', '§4.2.4');
      if (selector.exact === '') report.add(path, 'the exact of a TextQuoteSelector must not be empty (ClaimMark)');
      atMostOneString('prefix', '§4.2.4');
      atMostOneString('suffix', '§4.2.4');
      break;
    case 'TextPositionSelector':
    case 'DataPositionSelector': {
      const section = type === 'TextPositionSelector' ? '§4.2.5' : '§4.2.6';
      exactlyOne('start', isNonNegativeInteger, 'a non-negative integer', section);
      exactlyOne('end', isNonNegativeInteger, 'a non-negative integer', section);
      if (isNonNegativeInteger(selector.start) && isNonNegativeInteger(selector.end) && (selector.start as number) > (selector.end as number)) {
        report.add(path, `the start (${String(selector.start)}) of a ${type} must not be after its end (${String(selector.end)}) (ClaimMark)`);
      }
      break;
    }
    case 'FragmentSelector':
      exactlyOne('value', isString, 'a string', '§4.2.1');
      checkOptionalIri(selector, 'conformsTo', path, '§4.2.1', report);
      break;
    case 'CssSelector':
      exactlyOne('value', isString, 'a string', '§4.2.2');
      break;
    case 'XPathSelector':
      exactlyOne('value', isString, 'a string', '§4.2.3');
      break;
    case 'SvgSelector':
      if (selector.value !== undefined && typeof selector.value !== 'string') report.add(path, 'the value of an SvgSelector MUST be SVG text (§4.2.7)');
      break;
    case 'RangeSelector':
      for (const key of ['startSelector', 'endSelector']) {
        const inner = selector[key];
        if (inner === undefined || Array.isArray(inner)) report.add(path, `there MUST be exactly 1 ${key} associated with a RangeSelector (§4.2.8)`);
        else checkSelector(inner, `${path}.${key}`, report);
      }
      break;
    default:
      break;
  }
  list(selector.refinedBy).forEach((refinement, index) => checkSelector(refinement, `${path}.refinedBy[${index}]`, report));
}

function checkState(state: unknown, path: string, report: Report): void {
  if (typeof state === 'string') {
    if (!isIri(state)) report.add(path, 'a state given by reference MUST be an IRI (§4.3)');
    return;
  }
  if (!isObject(state)) {
    report.add(path, 'a state must be an IRI or an object (§4.3)');
    return;
  }
  const types = typesOf(state);
  if (types.includes('TimeState')) {
    const dates = list(state.sourceDate);
    const hasRange = state.sourceDateStart !== undefined || state.sourceDateEnd !== undefined;
    for (const date of [...dates, ...list(state.sourceDateStart), ...list(state.sourceDateEnd)]) {
      if (typeof date !== 'string' || !XSD_DATETIME_UTC.test(date) || Number.isNaN(Date.parse(date))) {
        report.add(path, `TimeState dates MUST be xsd:dateTime with the UTC timezone expressed as "Z", not ${JSON.stringify(date)} (§4.3.1)`);
      }
    }
    if (dates.length > 0 && hasRange) report.add(path, 'a TimeState with sourceDate MUST NOT also have sourceDateStart or sourceDateEnd (§4.3.1)');
    if ((state.sourceDateStart === undefined) !== (state.sourceDateEnd === undefined)) {
      report.add(path, 'sourceDateStart and sourceDateEnd MUST be given together (§4.3.1)');
    }
    if (dates.length === 0 && !hasRange && state.cached === undefined) {
      report.add(path, 'a TimeState MUST have a sourceDate, a sourceDateStart and sourceDateEnd, or a cached copy (§4.3.1)');
    }
    checkOptionalIri(state, 'cached', path, '§4.3.1', report, true);
  } else if (types.includes('HttpRequestState') && typeof state.value !== 'string') {
    report.add(path, 'an HttpRequestState MUST have exactly 1 value (§4.3.2)');
  }
  list(state.refinedBy).forEach((refinement, index) => checkState(refinement, `${path}.refinedBy[${index}]`, report));
}

function checkCollection(collection: Json, path: string, report: Report): void {
  checkContext(collection, path, true, false, '§5.1', report);
  checkExactlyOneIri(collection, 'id', path, 'a Collection', '§5.1', report);
  checkTypeIncludes(collection, path, 'AnnotationCollection', '§5.1', report);
  for (const label of list(collection.label)) if (typeof label !== 'string') report.add(path, 'a label MUST be a string (§5.1)');
  const total = collection.total;
  if (total !== undefined && (Array.isArray(total) || !isNonNegativeInteger(total))) {
    report.add(path, `total MUST be an xsd:nonNegativeInteger, not ${JSON.stringify(total)} (§5.1)`);
  }
  const first = collection.first;
  if (first === undefined) {
    if (typeof total === 'number' && total > 0) report.add(path, 'a Collection with more than 0 Annotations MUST have exactly 1 first page (§5.1)');
  } else if (Array.isArray(first)) {
    report.add(path, 'a Collection MUST have exactly 1 first page (§5.1)');
  } else if (typeof first === 'string') {
    if (!isIri(first)) report.add(path, 'the first page MUST be embedded or given as an IRI (§5.1)');
  } else if (isObject(first)) {
    checkPage(first, `${path}.first`, true, report);
  } else {
    report.add(path, 'the first page MUST be embedded or given as an IRI (§5.1)');
  }
  checkOptionalIri(collection, 'last', path, '§5.1', report);
  for (const key of ['created', 'modified', 'generated'] as const) checkTime(collection, key, path, report);
}

function checkPage(page: Json, path: string, embedded: boolean, report: Report): void {
  if (!embedded) checkContext(page, path, true, false, '§5.2', report);
  checkExactlyOneIri(page, 'id', path, 'a Page', '§5.2', report);
  checkTypeIncludes(page, path, 'AnnotationPage', '§5.2', report);
  const items = page.items;
  if (!Array.isArray(items) || items.length === 0) {
    report.add(path, 'each Page MUST have an array of 1 or more Annotations as the value of items (§5.2)');
  } else {
    items.forEach((item, index) => checkAnnotation(item, `${path}.items[${index}]`, false, report));
  }
  const partOf = page.partOf;
  if (partOf !== undefined && !isIri(partOf)) {
    if (isObject(partOf)) checkExactlyOneIri(partOf, 'id', `${path}.partOf`, 'the Collection a Page is part of', '§5.2', report);
    else report.add(path, 'partOf must be the IRI of the Collection or an object with its id (§5.2)');
  }
  checkOptionalIri(page, 'next', path, '§5.2', report);
  checkOptionalIri(page, 'prev', path, '§5.2', report);
  const startIndex = page.startIndex;
  if (startIndex !== undefined && (Array.isArray(startIndex) || !isNonNegativeInteger(startIndex))) {
    report.add(path, `startIndex MUST be exactly 1 xsd:nonNegativeInteger, not ${JSON.stringify(startIndex)} (§5.2)`);
  }
}
