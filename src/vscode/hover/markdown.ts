// Markdown for hovers, free of `vscode` so that Node tests can check it. Article text is data, never
// markup: every piece of it goes through escapeMarkdown before it reaches a MarkdownString.

/**
 * The ASCII punctuation that can start markup in CommonMark, GFM or VS Code's Markdown: emphasis, code,
 * links and images, HTML and entities, headings, lists, tables, strikethrough, autolinks (`:`, `@`,
 * `.`) and theme icons. CommonMark lets a backslash escape any ASCII punctuation.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|<>~&:@$=]/g;

/**
 * `text` as Markdown that renders as exactly that text: no links, emphasis, HTML, entities, headings,
 * lists or autolinks. Line breaks and runs of white space become one space, so text cannot start a
 * block of its own.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(MARKDOWN_PUNCTUATION, '\\$&');
}

/** A Markdown link that runs `command` with `args`; `title` is plain text and is escaped here. */
export function commandLink(title: string, command: string, args: unknown[]): string {
  return `[${escapeMarkdown(title)}](command:${command}?${encodeLinkTarget(JSON.stringify(args))})`;
}

/** Percent-encodes a link target, parentheses included, so that nothing in it can end the link. */
function encodeLinkTarget(text: string): string {
  return encodeURIComponent(text).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
