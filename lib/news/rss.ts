import { markdownToText } from "./markdown";

// RSS 2.0 of the announcements. Pure; the route loads the posts.

type RssPost = { slug: string; title: string; body: string; publishAt: Date };

const escapeXml = (value: string) =>
  value.replace(
    /[<>&'"]/g,
    (character) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[character]!,
  );

export function renderRss(
  channel: { title: string; description: string; link: string; language: string; selfUrl: string },
  posts: RssPost[],
): string {
  const items = posts.map(
    (post) => `    <item>
      <title>${escapeXml(post.title)}</title>
      <link>${escapeXml(`${channel.link}/${post.slug}`)}</link>
      <guid isPermaLink="true">${escapeXml(`${channel.link}/${post.slug}`)}</guid>
      <pubDate>${post.publishAt.toUTCString()}</pubDate>
      <description>${escapeXml(markdownToText(post.body, 500))}</description>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.link)}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>${channel.language}</language>
    <atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml" />
${items.join("\n")}
  </channel>
</rss>
`;
}
