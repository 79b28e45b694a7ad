// A CloudFront Function (runtime cloudfront-js-2.0, viewer request) for the cache behaviour
// `/logto-settings/*` whose origin is your Logto endpoint (logto-settings-behavior.json).
// Logto's public settings, read live by the app (config.json: "settingsPath": "logto-settings/").
// Logto lets no other origin read them, so CloudFront asks on the browser's behalf: only GET/HEAD,
// only these two paths; no query string or cookie goes to Logto.
function handler(event) {
  var request = event.request;
  var match = /^\/logto-settings\/(account-center|sign-in-exp)$/.exec(request.uri);
  if (!match || (request.method !== 'GET' && request.method !== 'HEAD')) {
    return { statusCode: 404, statusDescription: 'Not Found' };
  }
  request.uri = '/api/.well-known/' + match[1];
  request.querystring = {};
  request.cookies = {};
  return request;
}
