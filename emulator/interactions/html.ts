const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => entities[char] ?? char);

/**
 * A complete page with the emulator's stylesheet; scripts are external files only. The title
 * gets the emulator's name unless `standalone` (pages of the mock providers, which are other sites).
 */
export const htmlPage = ({
  title,
  body,
  scripts = [],
  standalone = false,
}: {
  title: string;
  body: string;
  scripts?: string[];
  standalone?: boolean;
}): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(standalone ? title : `${title} · Logto emulator`)}</title>
<link rel="stylesheet" href="/emulator-assets/emulator.css">
${scripts.map((src) => `<script src="${escapeHtml(src)}" defer></script>`).join('\n')}
</head>
<body>
${body}
</body>
</html>
`;

/** No inline script anywhere; oidc-provider adds hashes for its own form_post pages. */
export const pageContentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
