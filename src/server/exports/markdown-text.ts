/**
 * User text inside a generated Markdown document: it reads as the same words once rendered and can
 * never become markup. Every character Markdown gives a meaning to inline is backslash-escaped
 * (brackets, parentheses and `!` so no link or image can form; emphasis, code and strike marks;
 * `&` so no entity is decoded), `<` and `>` become entities (no HTML, no `<scheme:…>` autolink),
 * and the bare-link forms of GitHub-flavoured Markdown (`scheme:…`, `www.`, `name@host`) are
 * broken by escaping their `:` (unless a space follows), `.` or `@`. At the start of a line, block
 * markers (headings, lists, rules, setext underlines) are escaped too.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()!|~&]/g, (c) => `\\${c}`)
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
    .replace(/([A-Za-z][A-Za-z0-9+.-]*):(?=\S)/g, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@')
    .replace(/^([ \t]*)([#+=-])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)\./gm, '$1\\.');
}
