import type { Context } from 'koa';

import { RequestError } from '../http/request-error.js';

const maxPageSize = 100;
const defaultPageSize = 20;

const positive = (raw: string, max = Number.POSITIVE_INFINITY): number => {
  const value = Number(raw);
  if (!(value > 0) || value > max) {
    throw new RequestError({ code: 'guard.invalid_pagination', status: 400 });
  }
  return value;
};

/**
 * Logto's optional pagination (`koaPagination({ isOptional: true })`): without `page` and
 * `page_size` every item is returned and no header is set; otherwise one page, with the
 * `Total-Number` header and RFC 5988 `Link`s (first, last, and prev/next when they exist).
 */
export const paginate = <Item>(ctx: Context, items: Item[]): Item[] => {
  const rawPage = typeof ctx.query.page === 'string' ? ctx.query.page : undefined;
  const rawSize = typeof ctx.query.page_size === 'string' ? ctx.query.page_size : undefined;
  if (!rawPage && !rawSize) {
    return items;
  }
  const page = rawPage ? positive(rawPage) : 1;
  const size = rawSize ? positive(rawSize, maxPageSize) : defaultPageSize;
  const offset = (page - 1) * size;
  const totalPages = Math.ceil(items.length / size) || 1;

  const link = (target: number, rel: string) => {
    const params = new URLSearchParams(ctx.querystring);
    params.set('page', String(target));
    return `<${ctx.protocol}://${ctx.host}${ctx.path}?${params.toString()}>; rel="${rel}"`;
  };
  ctx.set('Total-Number', String(items.length));
  const links = [link(1, 'first'), link(totalPages, 'last')];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < totalPages) links.push(link(page + 1, 'next'));
  ctx.set('Link', links);
  return items.slice(offset, offset + size);
};
