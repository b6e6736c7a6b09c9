/** The page shell every dashboard page shares: head, header with navigation by role, main, footer. */
import type { Viewer } from './deps';
import { html, type Html } from './html';

export type Section = 'overview' | 'directives' | 'tasks' | 'register' | 'extensions' | 'login';

interface NavItem {
  section: Section;
  label: string;
  path: string;
  roles: Viewer['role'][];
}

const NAV: NavItem[] = [
  { section: 'overview', label: 'Tổng quan', path: '', roles: ['supervisor', 'secretariat'] },
  { section: 'directives', label: 'Văn bản', path: '/directives', roles: ['supervisor', 'secretariat'] },
  { section: 'tasks', label: 'Nhiệm vụ', path: '/tasks', roles: ['supervisor', 'secretariat', 'agency'] },
  { section: 'register', label: 'Đăng ký văn bản', path: '/register', roles: ['secretariat'] },
  { section: 'extensions', label: 'Gia hạn', path: '/extensions', roles: ['supervisor', 'secretariat'] },
];

const ROLE_LABEL: Record<Viewer['role'], string> = {
  secretariat: 'Chuyên viên theo dõi',
  supervisor: 'Lãnh đạo Văn phòng',
  agency: 'Đơn vị',
};

export interface PageInput {
  base: string;
  title: string;
  section: Section;
  viewer: Viewer | null;
  body: Html;
  /** Extra scripts after the shared one (paths under base/assets). */
  scripts?: string[];
}

export function navFor(viewer: Viewer | null): NavItem[] {
  return viewer ? NAV.filter((n) => n.roles.includes(viewer.role)) : [];
}

export function page({ base, title, section, viewer, body, scripts = [] }: PageInput): string {
  const nav = navFor(viewer);
  return (
    '<!doctype html>\n' +
    html`<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · chidao</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${base}/assets/dashboard.css">
</head>
<body>
<a class="skip" href="#main">Bỏ qua, đến nội dung chính</a>
<header class="top">
  <a class="brand" href="${base}${viewer?.role === 'agency' ? '/tasks' : ''}">chidao <span>theo dõi nhiệm vụ</span></a>
  ${
    viewer &&
    html`<nav aria-label="Điều hướng chính"><ul>
    ${nav.map(
      (n) =>
        html`<li><a href="${base}${n.path}"${n.section === section ? html` aria-current="page"` : ''}>${n.label}</a></li>`,
    )}
  </ul></nav>
  <form class="who" method="post" action="${base}/logout">
    <span>${viewer.name === ROLE_LABEL[viewer.role] ? viewer.name : `${viewer.name} · ${ROLE_LABEL[viewer.role]}`}</span>
    <button type="submit" class="link">Đăng xuất</button>
  </form>`
  }
</header>
<main id="main">
${body}
</main>
<footer class="foot"><p>Giờ hiển thị theo múi giờ Việt Nam (UTC+7).</p></footer>
<script src="${base}/assets/dashboard.js" defer></script>
${scripts.map((s) => html`<script src="${base}/assets/${s}" defer></script>`)}
</body>
</html>`.value
  );
}

/** A full page that only says something went wrong or is not allowed. */
export function messagePage(input: Omit<PageInput, 'body'> & { heading: string; message: string }): string {
  return page({
    ...input,
    body: html`<h1>${input.heading}</h1><p class="notice notice-error" role="alert">${input.message}</p>
<p><a href="${input.base}${input.viewer?.role === 'agency' ? '/tasks' : ''}">Về trang đầu</a></p>`,
  });
}
