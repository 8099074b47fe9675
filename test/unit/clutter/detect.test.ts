import { describe, expect, it } from 'vitest';
import { detectClutter } from '../../../src/core/clutter/detect';
import type { ClutterMatch } from '../../../src/core/types';
import { blogPage, doc, MAILCHIMP_WIDGET, STORY, STORY_HTML, WP_COMMENTS } from './fixtures';

/** The element a match names; the selector must name exactly one. */
function target(d: Document, m: ClutterMatch): Element {
  const found = d.querySelectorAll(m.selector);
  expect(found.length, m.selector).toBe(1);
  return found[0]!;
}

/** The story paragraphs are never inside a hidden element. */
function expectStoryVisible(d: Document, matches: ClutterMatch[]) {
  for (const m of matches) {
    const el = target(d, m);
    for (const p of STORY) expect(el.textContent ?? '', `${m.rule} hides story`).not.toContain(p.slice(0, 40));
  }
}

describe('detectClutter: comments', () => {
  it('hides a WordPress comment section as one block, with rule, selector and reason', () => {
    const d = doc(blogPage({ afterArticle: WP_COMMENTS }));
    const matches = detectClutter(d);
    const comments = matches.filter((m) => m.kind === 'comments');
    expect(comments).toHaveLength(1);
    const [m] = comments;
    expect(target(d, m!)).toBe(d.getElementById('comments'));
    expect(m!.rule).toMatch(/^comments\//);
    expect(m!.reason).not.toBe('');
    expect(m!.text).toContain('Nobody has explained how the number 7');
    expect(m!.text).toContain('Your email address will not be published');
    expectStoryVisible(d, matches);
  });

  it('finds a comment section inside the article element without touching the story', () => {
    const d = doc(blogPage({ inArticle: WP_COMMENTS }));
    const matches = detectClutter(d);
    expect(matches.map((m) => target(d, m).id)).toContain('comments');
    expectStoryVisible(d, matches);
  });

  it('finds a comment block no selector names, from its heading and its form (German)', () => {
    const d = doc(
      blogPage({
        afterArticle: `<div class="box-7"><h3>Schreibe einen Kommentar</h3>
<form method="post" action="/kommentar-speichern"><p>Deine E-Mail-Adresse wird nicht veröffentlicht.</p>
<textarea name="text"></textarea><input name="name"><button>Senden</button></form></div>`,
      }),
    );
    const matches = detectClutter(d);
    const m = matches.find((x) => x.kind === 'comments');
    expect(m?.text).toContain('Schreibe einen Kommentar');
    expect(target(d, m!).className).toBe('box-7');
    expectStoryVisible(d, matches);
  });

  it('finds French and Spanish comment forms by their headings and notices', () => {
    for (const [heading, notice] of [
      ['Laisser un commentaire', 'Votre adresse e-mail ne sera pas publiée.'],
      ['Deja un comentario', 'Tu dirección de correo electrónico no será publicada.'],
    ]) {
      const d = doc(
        blogPage({
          afterArticle: `<section class="zone"><h3>${heading}</h3><form method="post"><p>${notice}</p><textarea name="c"></textarea><input type="submit"></form></section>`,
        }),
      );
      const m = detectClutter(d).find((x) => x.kind === 'comments');
      expect(m?.text, heading).toContain(heading);
    }
  });

  it('hides a Disqus thread even on a page that is not an article', () => {
    const d = doc(`<html><body><nav><a href="/">Home</a></nav>
<div class="gallery"><img src="a.jpg"><img src="b.jpg"></div>
<div id="comments"><h3>Comments</h3><ol class="comment-list"><li class="comment"><p>Lovely pictures.</p></li><li class="comment"><p>Agreed.</p></li></ol></div>
<div id="disqus_thread"></div></body></html>`);
    const matches = detectClutter(d);
    expect(matches.map((m) => m.rule)).toEqual(['comments/disqus']);
    expect(target(d, matches[0]!).id).toBe('disqus_thread');
  });

  it('does not take a section label "Comment" or "Opinion" for a comment widget', () => {
    const d = doc(
      blogPage({
        beforeArticle: `<div class="section-label"><a href="/comment">Comment</a></div><h2 class="kicker">Opinion</h2>`,
        story: `<p class="comment-label">Comment</p>${STORY_HTML}`,
      }),
    );
    expect(detectClutter(d).filter((m) => m.kind === 'comments')).toEqual([]);
  });

  it('does not take <body class="comments"> or a wrapper of the article named so for a widget', () => {
    const html = blogPage({ bodyAttrs: 'class="single comments comments-open"' }).replace(
      '<div id="primary" class="content-area">',
      '<div id="primary" class="content-area comments">',
    );
    const d = doc(html);
    const matches = detectClutter(d);
    for (const m of matches) {
      const el = target(d, m);
      expect(el.contains(d.querySelector('article'))).toBe(false);
    }
    expectStoryVisible(d, matches);
  });

  it('never hides an article that is itself marked as comments, nor its ancestors', () => {
    const d = doc(
      blogPage({
        story: `<div id="comments" class="comments-area">${STORY_HTML}<form><textarea></textarea></form></div>`,
      }),
    );
    const matches = detectClutter(d);
    expectStoryVisible(d, matches);
    for (const m of matches) expect(['HTML', 'BODY', 'MAIN', 'ARTICLE']).not.toContain(target(d, m).tagName);
  });
});

describe('detectClutter: newsletter', () => {
  it('hides a Mailchimp widget as its own box, not the whole sidebar', () => {
    const d = doc(blogPage({ sidebar: MAILCHIMP_WIDGET }));
    const m = detectClutter(d).find((x) => x.kind === 'newsletter');
    expect(m?.rule).toBe('newsletter/mailchimp');
    expect(target(d, m!).id).toBe('mc4wp_form_widget-2');
    expect(m!.text).not.toContain('Recent Posts');
  });

  it('finds a sign-up box no selector names: a heading and an e-mail field', () => {
    const d = doc(
      blogPage({
        footer: `<div class="col-4"><div class="tdm-block"><h3 class="tdm-title">Want to stay up to date with the latest news?</h3>
<p>We would love to hear from you! Please fill in your details and we will stay in touch.</p>
<div class="box"><input type="email" placeholder="Email address"><button>Subscribe</button></div></div></div>`,
      }),
    );
    const m = detectClutter(d).find((x) => x.kind === 'newsletter');
    expect(m?.text).toContain('Want to stay up to date with the latest news?');
    expect(m!.text).not.toContain('© The Harbour Times');
  });

  it('finds German and Jetpack follow-by-email boxes', () => {
    const d = doc(
      blogPage({
        sidebar: `<section class="widget"><h2>Newsletter abonnieren</h2><form action="/nl"><input type="text" name="email"><input type="submit" value="Anmelden"></form></section>
<div id="blog_subscription-3" class="widget jetpack_subscription_widget"><h2 class="widget-title">Follow Blog via Email</h2>
<form id="subscribe-blog"><p>Enter your email address to follow this blog and receive notifications of new posts by email.</p><input type="email" name="email"></form></div>`,
      }),
    );
    const texts = detectClutter(d)
      .filter((x) => x.kind === 'newsletter')
      .map((m) => m.text);
    expect(texts.some((t) => t.includes('Newsletter abonnieren'))).toBe(true);
    expect(texts.some((t) => t.includes('Enter your email address to follow this blog'))).toBe(true);
  });

  it('does not take a paid-subscription banner for a newsletter box', () => {
    const d = doc(
      blogPage({
        afterArticle: `<div class="subscribe-banner"><h3>Subscribe to keep reading</h3><p>Digital subscription: €9.99 per month. Cancel any time.</p>
<a class="button" href="/abo">Subscribe now</a></div>`,
      }),
    );
    expect(detectClutter(d).filter((x) => x.kind === 'newsletter')).toEqual([]);
  });

  it('does not take a login form for a sign-up form', () => {
    const d = doc(
      blogPage({
        sidebar: `<section class="widget"><h2>Sign in</h2><form><input type="email" name="email"><input type="password" name="pw"><button>Log in</button></form></section>`,
      }),
    );
    expect(detectClutter(d).filter((x) => x.kind === 'newsletter')).toEqual([]);
  });
});

describe('detectClutter: related and share', () => {
  it('finds a related-posts list and a share bar', () => {
    const d = doc(
      blogPage({
        inArticle: `<div class="post-share"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>
<a href="https://twitter.com/intent/tweet?url=x">Twitter</a><a href="mailto:?subject=x">Email</a></div>`,
        afterArticle: `<div class="more-box"><h3>You may also like</h3><ul><li><a href="/1">Ferry timetable published for the summer</a></li>
<li><a href="/2">New mayor sworn in at the town hall</a></li><li><a href="/3">Harbour festival moves to September</a></li></ul></div>`,
      }),
    );
    const matches = detectClutter(d);
    expect(matches.find((m) => m.kind === 'share')?.text).toContain('Facebook');
    expect(matches.find((m) => m.kind === 'related')?.text).toContain('Harbour festival moves to September');
    expectStoryVisible(d, matches);
  });
});

describe('detectClutter: safety', () => {
  it('never hides code blocks of the story', () => {
    const d = doc(
      blogPage({
        story: `${STORY_HTML}<pre><code>// comments are closed for this function
function leaveAReply() { return 'Leave a Reply'; }</code></pre>`,
      }),
    );
    for (const m of detectClutter(d)) expect(['PRE', 'CODE']).not.toContain(target(d, m).tagName);
  });

  it('a comment heading’s section stops at its named container, not the page around it', () => {
    // Found by the fuzz test (seed 593678435): unclosed <b><i> are opened again around all that
    // follows, and a "</form>" met inside them leaves the form open, so the last two paragraphs
    // of a short story land in the form after its comment section.
    const planted = [
      'Planted0x1 the the Maria Lopez the the Maria Lopez the the the the Joe Biden said January 6, 2022.',
      'Planted0x2 Maria Lopez the the the the Maria Lopez the Maria Lopez the Vladimir Putin said in 2014.',
    ];
    const d = doc(
      `<!DOCTYPE html><html><head><title>the</title></head><body><div><div>the &lt;/p&gt; would Maria Lopez the<p>Unclosed <b>bold <i>italic</p></div><div>Maria Lopez Maria Lopez Maria Lopez</div></div><article><h1>the</h1><p>Planted0x0 the the the the the Maria Lopez the the Maria Lopez the Maria Lopez said on Tuesday.</p><td><form><div id="comments"><h3>3 Comments</h3><ol class="comment-list"><li>Great read!</li></ol></div>the</form></td><p>${planted[0]}</p><p>${planted[1]}</p></article></body></html>`,
    );
    expect(d.querySelector('form')!.textContent).toContain(planted[0]);
    const matches = detectClutter(d);
    expect(matches.map((m) => target(d, m))).toContain(d.getElementById('comments'));
    for (const m of matches) for (const p of planted) expect(m.text).not.toContain(p);
  });

  it('a sign-up form that broken markup left open around story paragraphs: its named box alone', () => {
    // The same fuzz seed, shrunk further: the first form stays open (its "</form>" met inside
    // re-opened <b><i>), so the second <form> tag is dropped and its e-mail field, in its
    // newsletter box, belongs to a form that also holds two story paragraphs.
    const planted = [
      'Planted0x1 the the Maria Lopez the the Maria Lopez the the the the Joe Biden said January 6, 2022.',
      'Planted0x2 Maria Lopez the the the the Maria Lopez the Maria Lopez the Vladimir Putin said in 2014.',
    ];
    const d = doc(
      `<!DOCTYPE html><html><head><title>the</title></head><body><div><div>the &lt;/p&gt; would Maria Lopez the<p>Unclosed <b>bold <i>italic</p></div><div>Maria Lopez Maria Lopez Maria Lopez</div></div><article><h1>the</h1><p>Planted0x0 the the the the the Maria Lopez the the Maria Lopez the Maria Lopez said on Tuesday.</p><td><form>the</form></td><p>${planted[0]}</p><div class="newsletter"><form><input type="email"><button>Subscribe</button></form></div><p>${planted[1]}</p></article></body></html>`,
    );
    expect(d.querySelector('form')!.textContent).toContain(planted[1]);
    const matches = detectClutter(d);
    expect(matches.map((m) => target(d, m))).toContain(d.querySelector('.newsletter'));
    for (const m of matches) for (const p of planted) expect(m.text).not.toContain(p);
  });

  it('a form named for related posts that broken markup left open around the story stays', () => {
    // Fuzz seed -706066040: the "</form>" is met inside the <b><i> re-opened in the form, so the
    // paragraphs after it are parsed into the form, which is named for related posts.
    const planted = [
      'Planted0x1 the the the the the the the the Joe Biden said January 6, 2022.',
      'Planted0x2 the the the the Maria Lopez the the Maria Lopez Maria Lopez Vladimir Putin said in 2014.',
    ];
    const d = doc(
      `<!DOCTYPE html><html><head><title>Maria Lopez</title></head><body><p>Unclosed <b>bold <i>italic</p><article><h1>Maria Lopez</h1><p>Planted0x0 the Maria Lopez Maria Lopez the the the the the Maria Lopez the Maria Lopez said on Tuesday.</p><form id="related-posts">Maria Lopez</form><p>${planted[0]}</p><p>${planted[1]}</p></article></body></html>`,
    );
    expect(d.getElementById('related-posts')!.textContent).toContain(planted[1]);
    const matches = detectClutter(d);
    for (const m of matches) for (const p of planted) expect(m.text).not.toContain(p);
  });

  it('never mutates the document', () => {
    const d = doc(blogPage({ afterArticle: WP_COMMENTS, sidebar: MAILCHIMP_WIDGET }));
    const before = d.documentElement.outerHTML;
    expect(detectClutter(d).length).toBeGreaterThan(0);
    expect(d.documentElement.outerHTML).toBe(before);
  });

  it('returns blocks in document order, none inside another', () => {
    const d = doc(blogPage({ afterArticle: WP_COMMENTS, sidebar: MAILCHIMP_WIDGET }));
    const els = detectClutter(d).map((m) => target(d, m));
    for (let i = 1; i < els.length; i++) {
      expect(els[i - 1]!.compareDocumentPosition(els[i]!) & 4).toBeTruthy(); // FOLLOWING
      expect(els[i - 1]!.contains(els[i]!)).toBe(false);
    }
  });

  it('stays bounded on a huge page', { timeout: 120_000 }, () => {
    const rows = Array.from(
      { length: 15_000 },
      (_, i) => `<div class="row-${i % 7}"><span>cell ${i}</span></div>`,
    ).join('');
    const d = doc(blogPage({ afterArticle: `<div class="grid">${rows}</div>${WP_COMMENTS}` }));
    const t0 = performance.now();
    const matches = detectClutter(d);
    expect(performance.now() - t0).toBeLessThan(20_000);
    expectStoryVisible(d, matches);
  });

  it('handles an empty document', () => {
    const d = doc('');
    expect(detectClutter(d)).toEqual([]);
  });
});
