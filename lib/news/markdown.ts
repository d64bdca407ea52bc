import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

// Organisers' announcements are Markdown. Two locks keep them inert: markdown-it with raw HTML turned
// off (a <script> in the text comes out as visible text) and its link check (no javascript:, vbscript:,
// file: or data: links), then an allow-list sanitiser over the HTML it produced, so that only these
// elements and attributes, and only http(s) and mailto links, can ever reach a page.

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const ALLOWED = {
  allowedTags: [
    "p",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "a",
    "blockquote",
    "code",
    "pre",
    "br",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "title"], th: ["align"], td: ["align"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  // A page has one h1 (the post's title): headings in the text start one level below.
  transformTags: {
    h1: "h2",
    a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener noreferrer" }),
  },
} satisfies sanitizeHtml.IOptions;

/** Safe HTML for a post's body. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), {
    ...ALLOWED,
    allowedAttributes: { ...ALLOWED.allowedAttributes, a: ["href", "title", "rel"] },
  });
}

/** The text without markup, for summaries and the RSS description. */
export function markdownToText(source: string, maxLength = 240): string {
  const text = sanitizeHtml(markdown.render(source), { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1).trimEnd()}…`;
}
