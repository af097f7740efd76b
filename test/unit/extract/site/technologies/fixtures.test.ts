import { describe, expect, it } from 'vitest';
import { detectTechnologies, type Detection } from '../../../../../lib/extract/site/technologies/detect';
import { fixture, signalsOf } from './load';

/**
 * Real saved pages. Each expected set was read off the page by hand (script and link URLs,
 * generator metas, inline snippets, embeds); comments name the evidence. Everything else in the
 * tables must stay undetected: precision matters more than recall here.
 */
const PAGES: Record<string, { found: string[]; absent: string[] }> = {
  'site-saas-homepage-2019-microlink-io.html': {
    // Gatsby generator + ___gatsby root, Netlify's asset CDN host, polyfill.io, analytics.js snippet,
    // a list-manage.com subscribe form, Cloudflare's email-decode script, a Checkly status page link.
    found: ['Checkly', 'Cloudflare', 'Gatsby', 'Google Analytics', 'Mailchimp', 'Netlify', 'Polyfill.io', 'React'],
    absent: ['AWS CloudFront', 'Next.js', 'WordPress', 'Vercel', 'Google Tag Manager'],
  },
  'site-company-blog-2024-audiense-hubspot.html': {
    // HubSpot CMS (generator, /hs/hsstatic/, hub_generated assets) with HubSpot tracking, forms and
    // CTAs, GTM + GA4 + analytics.js, Meta pixel and SDK, LinkedIn insight and in.js, Google Ads
    // conversion, Twitter widgets, reCAPTCHA for forms, HubSpot's bundled jQuery, Google Fonts.
    found: [
      'Facebook Pixel',
      'Facebook SDK',
      'Google Ads',
      'Google Analytics',
      'Google Analytics 4',
      'Google Fonts',
      'Google Tag Manager',
      'HubSpot',
      'HubSpot CMS',
      'LinkedIn Insight Tag',
      'LinkedIn Widgets',
      'Twitter Widgets',
      'jQuery',
      'reCAPTCHA',
    ],
    absent: ['Marketo', 'Pardot', 'Salesforce', 'WordPress', 'Intercom', 'Drift'],
  },
  'site-company-blog-2016-leandata.html': {
    // WordPress 4.5.2 (generator, wp-includes), its jQuery, GTM snippet, Google Fonts, Font Awesome
    // from BootstrapCDN.
    found: ['BootstrapCDN', 'Font Awesome', 'Google Fonts', 'Google Tag Manager', 'WordPress', 'jQuery'],
    absent: ['HubSpot', 'Marketo', 'Google Analytics', 'Drupal'],
  },
  'site-agency-homepage-2020-bluecadet.html': {
    // WordPress 5.6 with Yoast, Contact Form 7, jQuery UI datepicker; New Relic agent; ga.js;
    // Typekit; a Mailchimp signup (mc-validate.js + list-manage form); Vimeo-hosted videos.
    found: [
      'Adobe Fonts',
      'Contact Form 7',
      'Google Analytics',
      'Mailchimp',
      'New Relic',
      'Vimeo',
      'WordPress',
      'Yoast SEO',
      'jQuery',
      'jQuery UI',
    ],
    absent: ['Amazon S3', 'Google Tag Manager', 'Google Analytics 4', 'Elementor'],
  },
  'site-media-homepage-2020-theverge.html': {
    // Chorus (Vox Media's CMS), Concert ads, GPT ad slots, Amazon APS and OneTag, Moat, GTM,
    // analytics.js, Google Optimize's anti-flicker snippet, a Campaign Monitor (createsend)
    // newsletter form. The font loader's Typekit branch has no kit id (typekit_ids: []).
    found: [
      'Amazon Associates',
      'Amazon Publisher Services',
      'Campaign Monitor',
      'Chorus',
      'Concert',
      'Google Ad Manager',
      'Google Analytics',
      'Google Optimize',
      'Google Tag Manager',
      'Moat',
    ],
    absent: ['WordPress', 'Optimizely', 'jQuery', 'Segment', 'Adobe Fonts'],
  },
  'site-shop-product-2019-toralin-de.html': {
    // Magento 1 (Mage.Cookies, Varien forms, /skin/frontend/), Piwik, AddThis, reCAPTCHA v1,
    // giropay and Sisow payment widgets, a PayPal Express button, Google Fonts, jQuery and Prototype
    // in use.
    found: [
      'AddThis',
      'Google Fonts',
      'Magento',
      'Matomo',
      'PayPal',
      'Prototype',
      'Sisow',
      'giropay',
      'jQuery',
      'reCAPTCHA',
    ],
    absent: ['Shopify', 'WooCommerce', 'Shopware', 'Stripe', 'Google Analytics'],
  },
  'site-company-eng-blog-2016-segment.html': {
    // Segment's own snippet, Optimizely, Twitter widgets, a list-manage.com subscribe form.
    found: ['Mailchimp', 'Optimizely', 'Segment', 'Twitter Widgets'],
    absent: ['Google Analytics', 'Google Tag Manager', 'Mixpanel'],
  },
  'site-startup-homepage-2025-brocc-li.html': {
    // Next.js app router chunks with Vercel deployment ids, vercel.live toolbar, Vercel Analytics.
    found: ['Next.js', 'React', 'Vercel', 'Vercel Analytics'],
    absent: ['Netlify', 'Google Analytics', 'WordPress', 'Cloudflare'],
  },
  'site-company-blog-2020-postplanner.html': {
    // HubSpot CMS with HubSpot tracking, GTM, analytics.js behind HubSpot's consent listener,
    // iubenda, Hotjar, Smartlook, ProfitWell, Facebook SDK, a YouTube embed, HubSpot's jQuery,
    // Foundation (its foundation-mq meta).
    found: [
      'Facebook SDK',
      'Foundation',
      'Google Analytics',
      'Google Tag Manager',
      'Hotjar',
      'HubSpot',
      'HubSpot CMS',
      'ProfitWell',
      'Smartlook',
      'YouTube',
      'iubenda',
      'jQuery',
    ],
    absent: ['Facebook Pixel', 'Salesforce', 'Intercom', 'WordPress'],
  },
  'site-company-blog-2019-caktusgroup.html': {
    // Assets in an S3 bucket, HubSpot CTA and tracking, AdRoll, Google Ads tag, analytics.js,
    // New Relic, iubenda, Disqus comments, Twitter timeline.
    found: [
      'AdRoll',
      'Amazon S3',
      'Disqus',
      'Google Ads',
      'Google Analytics',
      'HubSpot',
      'New Relic',
      'Twitter Widgets',
      'iubenda',
    ],
    absent: ['HubSpot CMS', 'WordPress', 'Google Tag Manager'],
  },
  'site-saas-login-2025-upstash.html': {
    // Next.js, Intercom widget, PostHog behind a first-party proxy (/array/phc_.../config.js).
    found: ['Intercom', 'Next.js', 'PostHog', 'React'],
    absent: ['Vercel', 'Google Analytics', 'Segment', 'Drift'],
  },
  'site-localbusiness-homepage-2025-chowhanandsons-mumbai.html': {
    // WordPress 6.8.3, Slider Revolution, WPBakery, Yoast, Contact Form 7 with reCAPTCHA v3, GA4,
    // Google Fonts, the theme's Font Awesome, jQuery, the Click to Chat plugin. YouTube appears
    // only as links.
    found: [
      'Click to Chat',
      'Contact Form 7',
      'Font Awesome',
      'Google Analytics',
      'Google Analytics 4',
      'Google Fonts',
      'Slider Revolution',
      'WPBakery',
      'WordPress',
      'Yoast SEO',
      'jQuery',
      'reCAPTCHA',
    ],
    absent: ['YouTube', 'Elementor', 'Google Tag Manager', 'WooCommerce'],
  },
  'site-lawfirm-page-2019-viehbacher-de.html': {
    // Joomla (generator, /media/jui/), K2, MooTools, jQuery (also from code.jquery.com), Revolution
    // slider, Bootstrap CSS, UIkit, GTM, Google Fonts.
    found: [
      'Bootstrap',
      'Google Fonts',
      'Google Tag Manager',
      'Joomla',
      'K2',
      'MooTools',
      'Slider Revolution',
      'UIkit',
      'jQuery',
      'jQuery CDN',
    ],
    absent: ['WordPress', 'Google Analytics', 'Drupal'],
  },
  'site-about-page-2019-fairkom-at-de.html': {
    // Drupal 8: generator, /sites/default/files aggregates, drupal-settings-json; its Bootstrap
    // theme's settings and affix markup; Font Awesome icons (data-fa-transform).
    found: ['Bootstrap', 'Drupal', 'Font Awesome'],
    absent: ['WordPress', 'jQuery', 'Google Analytics'],
  },
  'site-company-blog-2025-anthropic.html': {
    // Next.js, Sanity image CDN, GTM + GA4, YouTube embed, job links to Greenhouse.
    found: [
      'Google Analytics',
      'Google Analytics 4',
      'Google Tag Manager',
      'Greenhouse',
      'Next.js',
      'React',
      'Sanity',
      'YouTube',
    ],
    absent: ['Vercel', 'Lever', 'Ashby', 'Contentful', 'Intercom'],
  },
  'site-product-landing-2019-learnnode.html': {
    // Cloudflare email protection, jQuery, Stripe.js v2, Twitter conversion tag, Raven (Sentry),
    // analytics.js, Font Awesome from BootstrapCDN, Vimeo-hosted videos, embedded tweets, a Drip
    // form link.
    found: [
      'BootstrapCDN',
      'Cloudflare',
      'Drip',
      'Font Awesome',
      'Google Analytics',
      'Sentry',
      'Stripe',
      'Twitter Ads',
      'Twitter Widgets',
      'Vimeo',
      'jQuery',
    ],
    absent: ['PayPal', 'Clearbit', 'Google Tag Manager'],
  },
  'site-company-tech-blog-2020-pluralsight.html': {
    // Hugo generator, Adobe Launch (assets.adobedtm.com), Hoefler&Co's cloud.typography fonts.
    found: ['Adobe Experience Platform Tags', 'Cloud.typography', 'Hugo'],
    absent: ['Adobe Analytics', 'Google Analytics', 'Google Tag Manager'],
  },
  'site-engineering-firm-page-2019-rs-ingenieure-de.html': {
    // jQuery 1.7.1 from Google's hosted libraries; MODX only from an HTML comment (outline, 30).
    found: ['Google Hosted Libraries', 'MODX', 'jQuery'],
    absent: ['WordPress', 'Google Analytics'],
  },
  'site-pressrelease-2024-prnewswire-hackerrank-2016-release.html': {
    // AEM clientlibs and /content/dam, Adobe Launch + AppMeasurement + demdex, OneTrust, Salesforce
    // Live Agent chat, an Eloqua form target, GA (UA and GA4), Google Ads, Google Optimize's loader
    // (google-analytics.com/gtm/js), Bootstrap, jQuery (UI), RequireJS.
    found: [
      'Adobe Analytics',
      'Adobe Audience Manager',
      'Adobe Experience Manager',
      'Adobe Experience Platform Tags',
      'Bootstrap',
      'Google Ads',
      'Google Analytics',
      'Google Analytics 4',
      'Google Optimize',
      'OneTrust',
      'Oracle Eloqua',
      'RequireJS',
      'Salesforce',
      'Salesforce Service Cloud',
      'jQuery',
      'jQuery UI',
    ],
    absent: ['Marketo', 'Pardot', 'HubSpot', 'WordPress', 'Cookiebot'],
  },
};

const cache = new Map<string, Detection[]>();
function detect(name: string): Detection[] {
  if (!cache.has(name)) cache.set(name, detectTechnologies(signalsOf(fixture(name))));
  return cache.get(name)!;
}
const byName = (name: string, tech: string) => detect(name).find((d) => d.name === tech);

describe('technologies on saved pages', () => {
  it.each(Object.entries(PAGES))('%s', (name, { found, absent }) => {
    const names = detect(name).map((d) => d.name);
    expect([...names].sort()).toEqual([...found].sort());
    for (const tech of absent) expect(names).not.toContain(tech);
  });

  it('explains each detection with the evidence it saw', () => {
    expect(byName('site-company-blog-2024-audiense-hubspot.html', 'HubSpot')?.evidence).toContain(
      'script src js.hs-analytics.net/analytics/1707648000000/369237.js',
    );
    expect(byName('site-company-blog-2016-leandata.html', 'WordPress')?.evidence).toContain(
      'meta generator "WordPress 4.5.2"',
    );
    expect(byName('site-startup-homepage-2025-brocc-li.html', 'React')?.evidence).toEqual(['implied by Next.js']);
    expect(byName('site-company-blog-2025-anthropic.html', 'Greenhouse')?.evidence).toEqual([
      'dom a[href*="//job-boards.greenhouse.io/"]',
    ]);
  });

  it('is sure of script evidence and unsure of outline-only evidence', () => {
    expect(byName('site-company-blog-2024-audiense-hubspot.html', 'HubSpot')?.confidence).toBe(100);
    expect(byName('site-saas-login-2025-upstash.html', 'Intercom')?.confidence).toBe(100);
    expect(byName('site-shop-product-2019-toralin-de.html', 'PayPal')?.confidence).toBe(30);
    expect(byName('site-saas-homepage-2019-microlink-io.html', 'React')?.confidence).toBeLessThan(
      byName('site-saas-homepage-2019-microlink-io.html', 'Gatsby')!.confidence,
    );
  });
});
