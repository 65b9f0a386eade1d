/**
 * Requests an attacker would try, shared by the unit tests of the helpers that answer them and by the
 * end-to-end table that sends them to the production server (tests/e2e/hostile-requests.test.ts).
 */

/** Off-site tricks, each as an editor's browser would follow it: every one must land on the site. */
export const OFF_SITE_REDIRECTS = [
  '//evil.example',
  '/..//evil.example',
  '/.//evil.example',
  '/%2e%2e//evil.example',
  '/%2E%2E//evil.example',
  '/a/../..//evil.example',
  '/..\\evil.example',
  '/\\evil.example',
  '/\\\\evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '\\/evil.example',
  'https://evil.example/',
  'javascript:alert(1)',
  ' /evil',
]
