// Clutter rules as data, grouped by kind. Three sorts of rule, each with an id that is recorded on
// every match and a reason a person reads in the popup:
//
//   SELECTOR_RULES  CSS selectors of known widgets and themes (Disqus, Mailchimp, WordPress…).
//                   `unambiguous` rules name third-party software; they are the only ones applied on
//                   pages without a clear article, where nothing else can be told apart from content.
//   TOKEN_WORDS     words in id/class attributes that mark a container of a kind ("comments",
//                   "newsletter", "related", "share"), used with structure (a form, repeated items,
//                   a list of links) to find blocks on sites that no selector names.
//   TEXT_RULES      multilingual phrases: headings ("Leave a reply", "Newsletter abonnieren"),
//                   notices ("Your email address will not be published") and sign-up prompts.
//
// Everything here is generic: a rule must describe software or a convention used on many sites,
// never one page of an evaluation set.

import type { ClutterKind } from '../types';

export interface SelectorRule {
  id: string;
  kind: ClutterKind;
  selectors: string[];
  reason: string;
  /** Names third-party software (or a form that posts to it): safe even when no article is found. */
  unambiguous?: boolean;
  /** The element must hold an e-mail field (a form of the same software may serve other ends). */
  needsEmailField?: boolean;
}

export const SELECTOR_RULES: SelectorRule[] = [
  // ── comments: third-party widgets ───────────────────────────────────────────────────────────
  {
    id: 'comments/disqus',
    kind: 'comments',
    selectors: ['#disqus_thread', '#disqus_thread_container', 'iframe[src*="disqus.com/embed"]', '.dsq-brlink'],
    reason: 'Disqus comment widget',
    unambiguous: true,
  },
  {
    id: 'comments/openweb',
    kind: 'comments',
    selectors: [
      'div[data-spotim-module]',
      'div[data-spot-im-module-default-area]',
      'div[data-openweb-module]',
      '.spot-im-frame-inpage',
      '#spot-im-root',
      'openweb-conversation',
    ],
    reason: 'OpenWeb (Spot.im) conversation',
    unambiguous: true,
  },
  {
    id: 'comments/viafoura',
    kind: 'comments',
    selectors: ['vf-conversations', '.viafoura', '#viafoura', '.vf-conversations', '[class*="vf3-conversations"]'],
    reason: 'Viafoura conversation',
    unambiguous: true,
  },
  {
    id: 'comments/coral',
    kind: 'comments',
    selectors: ['#coral_thread', '#coral_talk_stream', '#coral-talk', '.coral-talk-stream', '[id^="coral_talk"]'],
    reason: 'Coral Talk comment stream',
    unambiguous: true,
  },
  {
    id: 'comments/facebook',
    kind: 'comments',
    selectors: ['.fb-comments', 'fb\\:comments', 'iframe[src*="facebook.com/plugins/comments"]'],
    reason: 'Facebook comments plugin',
    unambiguous: true,
  },
  {
    id: 'comments/wpdiscuz',
    kind: 'comments',
    selectors: ['#wpdcom', '#wpcomm', '.wpdiscuz_top_clearing', '#wpd-threads', '.wpd-thread-wrapper'],
    reason: 'wpDiscuz comment section',
    unambiguous: true,
  },
  {
    id: 'comments/livefyre',
    kind: 'comments',
    selectors: ['#livefyre', '.livefyre', '#livefyre-comments', '.fyre', '[id^="livefyre"]'],
    reason: 'Livefyre comment stream',
    unambiguous: true,
  },
  {
    id: 'comments/insticator',
    kind: 'comments',
    selectors: ['#insticator-commenting', '.insticator-unit', '[id^="insticator-comment"]'],
    reason: 'Insticator comments',
    unambiguous: true,
  },
  {
    id: 'comments/hyvor',
    kind: 'comments',
    selectors: ['hyvor-talk-comments', '#hyvor-talk-view'],
    reason: 'Hyvor Talk comments',
    unambiguous: true,
  },
  {
    id: 'comments/giscus',
    kind: 'comments',
    selectors: ['.giscus', 'giscus-widget', 'iframe.giscus-frame', '.utterances', 'iframe.utterances-frame'],
    reason: 'giscus / utterances comments (GitHub discussions)',
    unambiguous: true,
  },
  {
    id: 'comments/vuukle',
    kind: 'comments',
    selectors: ['#vuukle-comments', '.vuukle-comments', '#vuukle-emote', '.vuukle-powerbar'],
    reason: 'Vuukle comments',
    unambiguous: true,
  },
  {
    id: 'comments/other-widgets',
    kind: 'comments',
    selectors: [
      '#commento',
      '#remark42',
      '#isso-thread',
      '#cusdis_thread',
      '.talkyard-comments',
      '#idc-container',
      '#discourse-comments',
      '#thrive-comments',
      '.xenforo-comment-widget',
      '#jetpack_remote_comment',
      'iframe.jetpack_remote_comment',
      '.jetpack_remote_comment',
    ],
    reason: 'comment widget',
    unambiguous: true,
  },
  {
    id: 'comments/wordpress-form',
    kind: 'comments',
    // WordPress core prints the reply box as <div id="respond" class="comment-respond">.
    selectors: ['#respond.comment-respond', 'form[action*="wp-comments-post"]'],
    reason: 'WordPress comment form',
    unambiguous: true,
  },
  {
    id: 'comments/reviews',
    kind: 'comments',
    selectors: [
      '#judgeme_product_reviews',
      '.jdgm-review-widget',
      '.yotpo-reviews',
      '.yotpo-main-widget',
      '#stamped-main-widget',
      '.stamped-main-widget',
    ],
    reason: 'customer reviews widget (Judge.me, Yotpo, Stamped)',
    unambiguous: true,
  },
  // ── comments: conventions of blog and CMS themes (need an article to guard with) ────────────
  {
    id: 'comments/wordpress',
    kind: 'comments',
    selectors: [
      '#comments',
      '#respond',
      '.comment-respond',
      '.comments-area',
      '#comments-area',
      'ol.comment-list',
      'ul.comment-list',
      '.commentlist',
      '#commentlist',
      '#commentform',
      'form.comment-form',
      '.wp-block-comments',
      '.entry-comments',
    ],
    reason: 'comment section (WordPress convention)',
  },
  {
    id: 'comments/blogger',
    kind: 'comments',
    selectors: ['#comment-holder', '.comment-thread', '#comment-post-message', '.comments-content', '.comment-form'],
    reason: 'Blogger comment section',
  },
  {
    id: 'comments/drupal',
    kind: 'comments',
    selectors: ['section.comments', '.comment-wrapper', '#comment-form', '.field-name-comment-body'],
    reason: 'comment section (Drupal convention)',
  },
  // ── newsletter: sign-up software ────────────────────────────────────────────────────────────
  {
    id: 'newsletter/mailchimp',
    kind: 'newsletter',
    selectors: [
      '#mc_embed_signup',
      'form[action*="list-manage.com"]',
      '.mc4wp-form',
      '[id^="mc4wp-form"]',
      '.widget_mc4wp_form_widget',
      '.mc-embedded-subscribe-form',
    ],
    reason: 'Mailchimp sign-up form',
    unambiguous: true,
  },
  {
    id: 'newsletter/substack',
    kind: 'newsletter',
    selectors: ['iframe[src*="substack.com/embed"]', 'form[action*="substack.com"]', '.substack-subscribe-embed'],
    reason: 'Substack sign-up',
    unambiguous: true,
  },
  {
    id: 'newsletter/klaviyo',
    kind: 'newsletter',
    selectors: [
      '.klaviyo-form',
      '[class*="klaviyo-form-"]',
      'form[action*="klaviyo.com"]',
      'form[action*="kmail-lists.com"]',
    ],
    reason: 'Klaviyo sign-up form',
    unambiguous: true,
  },
  {
    id: 'newsletter/hubspot',
    kind: 'newsletter',
    selectors: ['.hbspt-form', 'form[action*="hsforms"]', 'form[action*="hubspot"]'],
    reason: 'HubSpot sign-up form',
    unambiguous: true,
    needsEmailField: true,
  },
  {
    id: 'newsletter/convertkit',
    kind: 'newsletter',
    selectors: ['.formkit-form', 'form[action*="convertkit.com"]', 'form[action*="kit.com/forms"]', '.ck_form'],
    reason: 'ConvertKit sign-up form',
    unambiguous: true,
  },
  {
    id: 'newsletter/mailerlite',
    kind: 'newsletter',
    selectors: [
      '.ml-embedded',
      '.ml-form-embedContainer',
      '.ml-subscribe-form',
      '[class*="ml-subscribe-form-"]',
      'form[action*="mailerlite.com"]',
    ],
    reason: 'MailerLite sign-up form',
    unambiguous: true,
  },
  {
    id: 'newsletter/brevo',
    kind: 'newsletter',
    selectors: [
      '#sib-form',
      '.sib-form',
      '.sib-form-container',
      '.sib_signup_form',
      'form[action*="sendinblue.com"]',
      'form[action*="sibforms.com"]',
      'form[action*="brevo.com"]',
    ],
    reason: 'Brevo (Sendinblue) sign-up form',
    unambiguous: true,
  },
  {
    id: 'newsletter/jetpack',
    kind: 'newsletter',
    selectors: [
      '.jetpack_subscription_widget',
      '.widget_blog_subscription',
      'form[id^="subscribe-blog"]',
      '.wp-block-jetpack-subscriptions',
    ],
    reason: 'Jetpack "follow by email" subscription',
    unambiguous: true,
  },
  {
    id: 'newsletter/sailthru',
    kind: 'newsletter',
    selectors: ['.sailthru-signup-widget', '.sailthru-add-subscriber-form', '[id^="sailthru-subscribe"]'],
    reason: 'Sailthru sign-up form',
    unambiguous: true,
  },
  {
    id: 'newsletter/follow-by-email',
    kind: 'newsletter',
    selectors: ['.FollowByEmail', '.follow-by-email-inner', 'form[action*="feedburner.google.com"]'],
    reason: 'follow-by-email widget',
    unambiguous: true,
  },
  {
    id: 'newsletter/other-services',
    kind: 'newsletter',
    selectors: [
      '.widget_mailpoet_form',
      '.mailpoet_form',
      '.tnp-subscription',
      '.widget_newsletterwidget',
      '.af-form',
      'form[action*="aweber.com"]',
      'form[action*="createsend.com"]',
      'form[action*="getresponse.com"]',
      'form[action*="buttondown.email"]',
      'form[action*="constantcontact.com"]',
      '.ctct-form-embed',
      'iframe[src*="embeds.beehiiv.com"]',
      'form[action*="cleverreach.com"]',
      'form[action*="rapidmail"]',
    ],
    reason: 'newsletter sign-up form',
    unambiguous: true,
  },
  // ── related: recommendation widgets and related-post plugins ───────────────────────────────
  {
    id: 'related/outbrain',
    kind: 'related',
    selectors: ['.OUTBRAIN', '[id^="outbrain_widget"]', '.ob-widget'],
    reason: 'Outbrain recommendations',
    unambiguous: true,
  },
  {
    id: 'related/taboola',
    kind: 'related',
    selectors: ['[id^="taboola-"]', '.trc_related_container', '.taboola', '[id^="taboola_"]'],
    reason: 'Taboola recommendations',
    unambiguous: true,
  },
  {
    id: 'related/plugins',
    kind: 'related',
    selectors: [
      '#jp-relatedposts',
      '.jp-relatedposts',
      '.yarpp-related',
      '.crp_related',
      '.td_block_related_posts',
      '.related-posts',
      '#related-posts',
      '.wp-block-jetpack-related-posts',
    ],
    reason: 'related posts',
  },
  // ── share: share-button plugins ─────────────────────────────────────────────────────────────
  {
    id: 'share/plugins',
    kind: 'share',
    selectors: [
      '.sharedaddy',
      '.addtoany_share_save_container',
      '.a2a_kit',
      '.shareaholic-canvas',
      '.sharethis-inline-share-buttons',
      '.shariff',
      '.ssba',
      '.essb_links',
      '.heateor_sss_sharing_container',
      '.swp_social_panel',
      '.td-post-sharing',
      '.addthis_toolbox',
    ],
    reason: 'share buttons',
  },
];

/**
 * Words in id/class attributes that mark a container of a kind. Attributes are split into words
 * at punctuation and camelCase ("MtnCommentText" → mtn comment text), then each word is tested.
 */
export const TOKEN_WORDS: Record<ClutterKind, RegExp> = {
  comments:
    /^(?:comments?|commentlist|commentform|commentsection|commentarea|commentthread|commentscon|commentblock|kommentar|kommentare|kommentarmodul|kommentarbereich|kommentarliste|leserkommentare?|leserbriefe?|commentaires?|comentarios?|commenti|discussion|disqus|respond|replies)$/,
  newsletter:
    /^(?:newsletters?|newsletterbox|newslettersignup|subscribe|subscription|signup|optin|mailinglist|emailsignup)$/,
  related:
    /^(?:related|relatedposts|recommended|recommendations|mostread|mostpopular|popular|trending|outbrain|taboola|morestories|readmore|readnext|teaser|teasers)$/,
  share:
    /^(?:share|shares|sharing|sharebar|sharetools|social|sociallinks|socialshare|shariff|addthis|addtoany|followus)$/,
};

/**
 * Words next to a kind word that make it a state or a counter, not a container: `comments-open`
 * on a post, `has-comments` on the body, `comment-count` on a link.
 */
export const MODIFIER_WORDS =
  /^(?:has|no|with|layout|title|titles|head|heading|headline|hed|label|caption|show|hide|enable|enabled|disable|disabled|allow|open|closed|count|counter|number|num|icon|bubble|meta|link|links|toggle|btn|button|trigger|off|on|status|nav|navigation|menu|bar)$/;

/** First words of class names that tag content with a topic or a state (`category-comments`). */
export const TAXONOMY_WORDS =
  /^(?:tag|tags|category|categories|cat|topic|topics|format|type|status|postid|post_tag|term|section|rubrik|ressort)$/;

/**
 * Words that mark a page region Readability would not score (its "unlikely candidates"), plus
 * every kind word. Paragraphs inside such a region are not story text.
 */
export const UNLIKELY_WORDS =
  /^(?:sidebar|sidebars|footer|header|masthead|nav|navbar|navigation|menu|breadcrumbs?|pagination|pager|banner|ad|ads|advert|advertisement|sponsor|sponsored|promo|popup|modal|cookie|cookies|gdpr|consent|shoutbox|community|remark|combx|skyscraper|legends|agegate|rss)$/;

/** Words that mark the story's own containers; they outweigh UNLIKELY_WORDS (not the kind words). */
export const LIKELY_WORDS = /^(?:article|body|content|main|column|story|entry|post|text|blog|hentry)$/;

/**
 * Every heading rule needs one of these words: elements without one are not read at all (reading
 * the text of every short element costs more than anything else in the detector). The unit
 * tests check each rule's examples against it.
 */
export const HEADING_WORDS =
  /comment|respons|repl[yi]|thought|kommentar|kommentier|antwort|reaktion|coment|reactie|leserbrief|diskussion|diskutier|discussion|conversation|your say|do you think|réponse|réagir|respuesta|newsletter|subscri|sign ?up|update|e-?mail|abonn|anmeld|inscri|suscri|bolet|related|also|might|recommend|more|most|latest|recent|newest|read|further|trending|top|miss|around|weitere|mehr|könnte|lesen|interess|ähnlich|verwandt|meist|neueste|aktuell|empfehl|lire|même|similaire|lus|rubrique|interesar|relacionad|leído|más|share|teilen|folg|follow|partag|suiv|compart|sígu|condivid/i;

export interface TextRule {
  id: string;
  kind: ClutterKind;
  /** Where the text is looked for: a heading or label of a block, or any short text of the page. */
  where: 'heading' | 'phrase';
  pattern: RegExp;
  reason: string;
}

// Phrases are matched against text folded to lower case with accents kept; `\d+` covers counts.
// Headings are matched whole (anchored), phrases anywhere in a short text.
export const TEXT_RULES: TextRule[] = [
  // ── comments ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'comments/heading',
    kind: 'comments',
    where: 'heading',
    // A bare singular ("Comment", "Kommentar") is a section label for opinion pieces, not a
    // comment section: the singular counts only after a number ("1 comment", "ein Kommentar").
    pattern: new RegExp(
      String.raw`^(?:(?:view|show|read|see|load|display|open|hide|all|alle|zu den|zeige|afficher|voir|ver|mostrar)\s+)?` +
        String.raw`(?:(?:\d+|no|one|two|three|keine|ein|eine|zwei|drei|aucun|un|une|sin)\s+(?:comments?|responses?|replies|reply|thoughts?|kommentare?|antworten|antwort|reaktionen|reaktion|commentaires?|comentarios?|commenti|commento|comentários?|reacties|reactie)` +
        String.raw`|comments|responses|replies|kommentare|antworten|reaktionen|commentaires|comentarios|commenti|comentários|reacties|reader comments|leserkommentare|leserbriefe|diskussion|discussions?|(?:facebook )?conversations?)` +
        String.raw`(?:\s*[(:[]?\s*\d*\s*[)\]]?)?(?:\s+(?:on|zu|to|for|für|sur|en|a|so far|bisher|yet|anzeigen|ansehen|lesen|einblenden|\d+)\b.*)?$`,
    ),
    reason: 'heading of a comment section',
  },
  {
    id: 'comments/reply-heading',
    kind: 'comments',
    where: 'heading',
    pattern:
      /^(?:leave a (?:reply|comment|response)|post a comment|add a comment|write a comment|join the (?:discussion|conversation)|have your say|what do you think\??|your comment|comment on this (?:article|story|post)|schreibe? einen kommentar|hinterlasse?n? (?:sie )?(?:jetzt )?(?:einen kommentar|eine antwort)|kommentar (?:schreiben|verfassen|hinzufügen|abgeben)|kommentieren(?: sie)?|jetzt kommentieren|antwort hinterlassen|diskutieren sie mit|laisser un commentaire|laisser une réponse|publier un commentaire|ajouter un commentaire|votre commentaire|réagir|deja (?:un|tu) comentario|dejá tu comentario|deja una respuesta|escribe un comentario|comentar(?: este artículo)?|lascia un commento|deixe um comentário|laat een reactie achter)\b.{0,60}$/,
    reason: 'heading of a comment form',
  },
  {
    id: 'comments/notice',
    kind: 'comments',
    where: 'phrase',
    pattern:
      /your email address will not be published|required fields are marked|you must be (?:logged in|registered) to (?:post|leave|report|add) a comment|notify me of (?:follow-up|new) comments|this site uses akismet|save my name, email|comments are closed|be the first to comment|there are no comments yet|no comments yet|(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht|erforderliche felder sind mit|diese website verwendet akismet|benachrichtige mich über (?:nachfolgende|neue) kommentare|du musst (?:angemeldet|eingeloggt) sein, um (?:einen )?kommentar|um kommentare zu schreiben|kommentieren zu können|um (?:einen )?kommentare? (?:zu )?(?:schreiben|verfassen|abzugeben|hinterlassen)|kommentare (?:sind )?geschlossen|kommentarfunktion (?:ist|wurde|wird)|(?:es gibt )?(?:noch )?keine kommentare|derzeit (?:noch )?keine kommentare|meinen namen, (?:meine )?e-mail-adresse|votre adresse (?:e-mail|email|de messagerie) ne sera pas publiée|ce site utilise akismet|les champs obligatoires sont indiqués|tu dirección de correo electrónico no será publicada|este sitio usa akismet|para comentar debes|los campos obligatorios están marcados/,
    reason: 'comment form notice',
  },
  // ── newsletter ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'newsletter/heading',
    kind: 'newsletter',
    where: 'heading',
    pattern:
      /^(?:(?:[\p{L}\d&.'’ -]{0,40}[\s-])?newsletters?(?:[-\s]?(?:anmeldung|abonnieren|abo|sign[- ]?up))?|(?:subscribe|sign up)(?: to| for)?(?: our| the)?(?: free)?(?: [\p{L}\d&.'’-]+){0,4} (?:newsletters?|updates|email updates)|follow (?:this )?blog via e-?mail|subscribe (?:via|by) e-?mail|(?:email|e-mail) (?:updates|newsletter)|blog (?:via|per) e-mail abonnieren|abonniere(?:n sie)? (?:unseren|den|meinen) (?:newsletter|blog)|newsletter abonnieren|zum newsletter anmelden|jetzt (?:zum )?(?:kostenlosen )?newsletter anmelden|inscri(?:ption|vez-vous) (?:à )?(?:la |notre )?newsletter|abonnez-vous à (?:la |notre )?newsletter|suscr[ií]b(?:ete|ite) a (?:nuestro|nuestra) (?:newsletter|bolet[ií]n)|bolet[ií]n(?: de noticias)?)[\s!.:]*$/u,
    reason: 'heading of a newsletter box',
  },
  {
    id: 'newsletter/prompt',
    kind: 'newsletter',
    where: 'phrase',
    pattern:
      /sign up (?:for|to) (?:our|the) [^.]{0,40}newsletter|subscribe to (?:our|the) [^.]{0,30}newsletter|(?:get|join|receive) (?:our|the) [^.]{0,40}newsletter|newsletter sign[- ]?up|(?:delivered|straight|right|directly|sent) (?:daily |weekly )?(?:to|into) your inbox|in your inbox|enter your e-?mail(?: address)? to (?:follow|subscribe|receive|get)|follow (?:this )?blog via e-?mail|want to stay up to date|stay up to date with (?:the latest|our)|never miss (?:a post|a story|the latest)|(?:weekly|daily) (?:summary|digest|newsletter)|unsubscribe at any time|newsletter abonnieren|abonnieren? (?:sie )?unseren newsletter|zum (?:kostenlosen )?newsletter anmelden|(?:ein|unser|der|den|im|zum|mit dem|meinem|unserem) (?:kostenlosen |wöchentlichen |täglichen )?newsletter|sign up for (?:the|our) [^.]{0,40}newsletter|newsletter-?anmeldung|mit unserem newsletter|newsletter erhalten|(?:gib|geben sie) (?:deine|ihre) e-mail-adresse (?:ein|an)|um neue beiträge per e-mail zu erhalten|blog via e-mail abonnieren|per e-mail über (?:neue|aktuelles)|abmeldung (?:ist )?jederzeit möglich|inscrivez-vous à (?:la|notre) newsletter|abonnez-vous à (?:la|notre) newsletter|recevez (?:la|notre) newsletter|pour rester informé|suscr[ií]b(?:ete|ite) a (?:nuestro|nuestra) (?:newsletter|bolet[ií]n)|recib(?:e|í) (?:las|nuestras) noticias/,
    reason: 'newsletter sign-up prompt',
  },
  // ── related ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'related/heading',
    kind: 'related',
    where: 'heading',
    pattern:
      /^(?:related(?: posts| articles| stories| content| coverage| news| links)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| articles| reading)?|more (?:from|on|in|about|stories|news|articles|like this|to read)\b.{0,40}|most (?:read|popular|viewed|shared|commented)\b.{0,40}|(?:latest|recent|newest) (?:posts|news|stories|articles|entries)|read (?:next|more|also)|further reading|trending(?: now| stories)?|top stories|what to read next|don'?t miss|around the web|weitere (?:artikel|beiträge|nachrichten|themen|meldungen)|mehr zum thema\b.{0,40}|das könnte (?:sie|dich) auch interessieren|lesen sie auch|auch interessant|ähnliche (?:artikel|beiträge)|verwandte (?:artikel|beiträge|themen)|meistgelesen(?:e)?(?: artikel)?|meist gelesen|neueste beiträge|aktuelle beiträge|empfehlungen|à lire aussi|lire aussi|sur le même sujet|articles similaires|les plus lus|dans la même rubrique|te puede interesar|también te puede interesar|noticias relacionadas|artículos relacionados|lo más leído|más noticias)[\s!.:]*$/,
    reason: 'heading of a related-stories list',
  },
  // ── share ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'share/heading',
    kind: 'share',
    where: 'heading',
    pattern:
      /^(?:share(?: this(?: story| article| post| page)?| on| via| the story)?|share with (?:friends|others)|follow us(?: on)?|(?:diesen )?(?:artikel|beitrag) teilen|teilen|folgen sie uns|partager(?: cet article)?|suivez-nous|compartir|síguenos|condividi)\b.{0,40}$/,
    reason: 'share or follow bar',
  },
];

/**
 * Text that marks a paid subscription offer, which is not a newsletter box: a price per period,
 * a checkout, a paid newsletter. (A bare amount is not enough: "subscribe and get 10 € off" is a
 * newsletter incentive.)
 */
export const PAID_OFFER =
  /(?:[$€£]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:[$€£]|eur|euro|usd))\s*(?:\/|per |pro |a |im |par |al )\s*(?:month|monat|mois|mes|week|woche|year|jahr|an|año)|(?:as low as|for just|for only|für nur|pour seulement|por solo)\s*(?:just |only )?[$€£]?\s?\d|\d+\s?¢|credit card|kreditkarte|checkout|paid (?:weekly |daily |monthly )?newsletter|digital(?:es)? (?:abo|subscription)|already a subscriber|bereits abonnent|schon abonnent|subscriber-only|nur für abonnenten|für abonnenten/;

/** An account sign-up (user name, password), which is not a newsletter box. */
export const ACCOUNT_SIGNUP =
  /user ?name|benutzername|nom d'utilisateur|nombre de usuario|passwor[dt]|mot de passe|contraseña|create (?:an|your) account|konto erstellen|für ein konto|créer un compte|crear (?:una )?cuenta/;

/** Words of subscriptions in general: a paid offer unless the text speaks of a newsletter. */
export const SUBSCRIPTION_WORDS = /\babo\b|abonnement|premium|abonnez-vous au journal|suscripci[oó]n digital/;

/** Hosts and URL shapes of share endpoints. */
export const SHARE_LINK =
  /(?:facebook\.com\/(?:sharer|share\.php|dialog\/share)|(?:twitter|x)\.com\/(?:intent\/|share)|linkedin\.com\/(?:share|shareArticle|cws\/share)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|api\.whatsapp\.com\/send|whatsapp:\/\/send|wa\.me\/\?|t\.me\/share|telegram\.me\/share|xing\.com\/(?:spi\/)?share|mailto:\?|tumblr\.com\/(?:share|widgets\/share)|flipboard\.com\/bookmarklet|getpocket\.com\/(?:save|edit))/i;
