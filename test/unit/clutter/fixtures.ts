// Small pages modelled on common markup (a WordPress theme, Disqus, Mailchimp, Jetpack...), written
// for these tests. The story is long enough to be a clear article: six paragraphs of prose.

import { parseHtml } from '../../../src/node/digest-html';

export const STORY = [
  'The city council voted on Tuesday to close the old harbour bridge for repairs, ending months of debate about its safety.',
  'Engineers had warned since spring that the steel beams under the eastern span were corroding faster than expected, and that heavy lorries should be kept off.',
  '“We cannot wait for another winter,” said the mayor, Anna Berg, who proposed the closure after a report found cracks in two of the supports.',
  'Shop owners on the waterfront fear the detour will keep customers away, while cyclists welcomed a temporary ferry that will run every twenty minutes.',
  'The repairs are expected to cost about twelve million euros and to take until the end of next year, according to the city’s transport department.',
  'Opposition councillors said the city had ignored earlier warnings, and asked for an independent review of how the bridge was maintained since 2010.',
];

export const STORY_HTML = STORY.map((p) => `<p>${p}</p>`).join('\n');

export interface PageParts {
  head?: string;
  bodyAttrs?: string;
  beforeArticle?: string;
  /** Inside the article element, after the story. */
  inArticle?: string;
  /** After the article, in the main column. */
  afterArticle?: string;
  sidebar?: string;
  footer?: string;
  story?: string;
}

/** A blog page: header, a main column with the article, a sidebar and a footer. */
export function blogPage(parts: PageParts = {}): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge to close</title>${parts.head ?? ''}</head>
<body ${parts.bodyAttrs ?? 'class="post-template-default single single-post"'}>
<header id="masthead" class="site-header"><a href="/">The Harbour Times</a>
<nav class="main-navigation"><ul><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div id="page" class="site"><div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
${parts.beforeArticle ?? ''}
<article id="post-12" class="post-12 post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Harbour bridge to close for repairs</h1>
<div class="entry-meta">Posted on <time datetime="2024-03-05">5 March 2024</time> by <a href="/author/jo">Jo Smith</a></div></header>
<div class="entry-content">
${parts.story ?? STORY_HTML}
</div>
${parts.inArticle ?? ''}
</article>
${parts.afterArticle ?? ''}
</main></div>
<aside id="secondary" class="widget-area">${parts.sidebar ?? ''}
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/a">Ferry timetable published</a></li><li><a href="/b">New mayor sworn in</a></li></ul></section>
</aside></div></div>
<footer id="colophon" class="site-footer">${parts.footer ?? ''}<p>© The Harbour Times</p></footer>
</body></html>`;
}

export const WP_COMMENTS = `<div id="comments" class="comments-area">
<h2 class="comments-title">2 thoughts on “Harbour bridge to close for repairs”</h2>
<ol class="comment-list">
<li id="comment-1" class="comment even thread-even depth-1"><article id="div-comment-1" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Karl</b> <span class="says">says:</span></div></footer>
<div class="comment-content"><p>About time too, I have been saying for years that this bridge is a danger to everyone who crosses it.</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-1">Reply</a></div></article></li>
<li id="comment-2" class="comment odd alt thread-odd depth-1"><article id="div-comment-2" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Marta</b></div></footer>
<div class="comment-content"><p>What about the buses? Nobody has explained how the number 7 will get across the river now.</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="https://example.org/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>
<p class="comment-form-author"><label for="author">Name</label><input id="author" name="author" type="text"></p>
<p class="comment-form-email"><label for="email">Email</label><input id="email" name="email" type="email"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p>
</form></div></div>`;

export const MAILCHIMP_WIDGET = `<section id="mc4wp_form_widget-2" class="widget widget_mc4wp_form_widget"><h2 class="widget-title">Newsletter</h2>
<form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-77" method="post"><div class="mc4wp-form-fields">
<p>Get the week's stories in your inbox every Friday.</p><p><input type="email" name="EMAIL" placeholder="Your email address" required></p>
<p><input type="submit" value="Sign up"></p></div></form></section>`;

export function doc(html: string): Document {
  return parseHtml(html, 'https://example.org/2024/03/05/harbour-bridge/');
}
