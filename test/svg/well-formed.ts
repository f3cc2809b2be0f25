// A small strict XML 1.0 well-formedness check for the SVG tests (no DTDs, which the charts
// never emit): one root element, tags nest and match, attributes are quoted and unique, `<`
// never appears raw in text or attribute values, every `&` starts a valid reference, and no
// character outside the XML 1.0 range appears.

const NAME = /^[A-Za-z_:][\w.:-]*/;
const REFERENCE = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);/;
const BAD_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function checkCharData(text: string, where: number, inAttribute: boolean): void {
  if (BAD_CHAR.test(text)) throw new Error(`character not allowed in XML near offset ${where}`);
  if (text.includes('<'))
    throw new Error(`raw '<' in ${inAttribute ? 'attribute value' : 'text'} near offset ${where}`);
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    if (!REFERENCE.test(text.slice(i))) throw new Error(`bad '&' reference near offset ${where + i}`);
  }
}

/** Throws with a reason when `xml` is not a well-formed XML document. */
export function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    checkCharData(text, i, false);
    if (stack.length === 0 && text.trim() !== '') throw new Error(`text outside the root element near offset ${i}`);
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0 || xml.slice(i + 4, end).includes('--')) throw new Error(`bad comment at ${i}`);
      i = end + 3;
    } else if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end < 0) throw new Error(`unclosed processing instruction at ${i}`);
      i = end + 2;
    } else if (xml.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) throw new Error(`CDATA outside the root at ${i}`);
      const end = xml.indexOf(']]>', i);
      if (end < 0) throw new Error(`unclosed CDATA at ${i}`);
      i = end + 3;
    } else if (xml.startsWith('<!', i)) {
      throw new Error(`declarations are not expected (offset ${i})`);
    } else if (xml.startsWith('</', i)) {
      const name = NAME.exec(xml.slice(i + 2))?.[0];
      if (name === undefined) throw new Error(`bad end tag at ${i}`);
      const end = xml.indexOf('>', i);
      if (end < 0 || xml.slice(i + 2 + name.length, end).trim() !== '') throw new Error(`bad end tag at ${i}`);
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? 'nothing'}> at ${i}`);
      i = end + 1;
    } else {
      const name = NAME.exec(xml.slice(i + 1))?.[0];
      if (name === undefined) throw new Error(`bad start tag at ${i}`);
      if (stack.length === 0 && ++roots > 1) throw new Error(`a second root element at ${i}`);
      let j = i + 1 + name.length;
      const seen = new Set<string>();
      for (;;) {
        const space = /^\s*/.exec(xml.slice(j))![0].length;
        j += space;
        if (xml.startsWith('/>', j)) {
          j += 2;
          break;
        }
        if (xml[j] === '>') {
          stack.push(name);
          j += 1;
          break;
        }
        if (space === 0) throw new Error(`attributes must be separated by white space at ${j}`);
        const attr = NAME.exec(xml.slice(j))?.[0];
        if (attr === undefined) throw new Error(`bad attribute at ${j}`);
        if (seen.has(attr)) throw new Error(`duplicate attribute ${attr} at ${j}`);
        seen.add(attr);
        j += attr.length;
        const eq = /^\s*=\s*/.exec(xml.slice(j));
        if (eq === null) throw new Error(`attribute ${attr} has no value at ${j}`);
        j += eq[0].length;
        const quote = xml[j];
        if (quote !== '"' && quote !== "'") throw new Error(`attribute ${attr} is not quoted at ${j}`);
        const close = xml.indexOf(quote, j + 1);
        if (close < 0) throw new Error(`attribute ${attr} is not closed at ${j}`);
        checkCharData(xml.slice(j + 1, close), j + 1, true);
        j = close + 1;
      }
      i = j;
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) throw new Error('no root element');
}
