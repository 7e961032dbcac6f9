import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { notificationApi } from '../api/client';
import type { Role } from '../auth/roles';
import { WorkbenchLayout } from './WorkbenchLayout';

const session = vi.hoisted(() => ({ roles: [] as string[] }));

vi.mock('../auth/session', () => ({
  useSession: () => ({ username: 'reviewer-ganjingzi', name: '赵敏', roles: session.roles, district: '210211' }),
}));

vi.mock('react-oidc-context', () => ({ useAuth: () => ({ signoutRedirect: vi.fn() }) }));

vi.mock('../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api/client')>()),
  notificationApi: { GET: vi.fn() },
}));

const BRAND_ID = '3b1f6c2e-8a4d-4e7f-b9a1-0c2d3e4f5a61';

function renderAt(path: string, ...roles: Role[]) {
  session.roles = roles;
  vi.mocked(notificationApi.GET).mockResolvedValue({ response: new Response(null, { status: 200 }), data: { unread: 0 } } as never);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route element={<WorkbenchLayout />}>
            {/* a page linking to a brand, as the inbox does */}
            <Route path="*" element={<Link to={`/brands/${BRAND_ID}`}>大连金港家政服务师劳务品牌</Link>} />
          </Route>
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return screen.getByRole('navigation', { name: '主菜单' });
}

/** The menu entry (li) that a link is in. */
function entryOf(menu: HTMLElement, name: string) {
  return within(menu).getByRole('link', { name }).closest('li') as HTMLElement;
}

describe('the side menu', () => {
  afterEach(() => vi.clearAllMocks());

  it('given a brand\'s page, then 劳务品牌管理 is open with 劳务品牌证书 selected', () => {
    const menu = renderAt(`/brands/${BRAND_ID}`, 'DISTRICT_REVIEWER');

    expect(within(menu).getByRole('menuitem', { name: /劳务品牌管理/ })).toHaveAttribute('aria-expanded', 'true');
    expect(entryOf(menu, '劳务品牌证书')).toHaveClass('ant-menu-item-selected');
    expect(entryOf(menu, '整改督办')).not.toHaveClass('ant-menu-item-selected');
  });

  it('given the rectification worklist, then 整改督办 is selected, not 劳务品牌证书', () => {
    const menu = renderAt('/brands/rectifications', 'DISTRICT_REVIEWER');

    expect(entryOf(menu, '整改督办')).toHaveClass('ant-menu-item-selected');
    expect(entryOf(menu, '劳务品牌证书')).not.toHaveClass('ant-menu-item-selected');
  });

  it('given a district reviewer elsewhere, then the brand entries wait in the closed submenu, each by its role', async () => {
    const menu = renderAt('/reviews', 'DISTRICT_REVIEWER');
    const group = within(menu).getByRole('menuitem', { name: /劳务品牌管理/ });
    expect(group).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(group);

    expect(group).toHaveAttribute('aria-expanded', 'true');
    for (const name of ['劳务品牌证书', '年报审核', '整改督办']) {
      await waitFor(() => expect(within(menu).getByRole('link', { name })).toBeVisible());
    }
    expect(within(menu).queryByRole('link', { name: '行业指导目录' })).not.toBeInTheDocument();
    expect(within(menu).queryByRole('link', { name: '退出审定' })).not.toBeInTheDocument();
  });

  it('given a brand opened from another page, then the closed submenu opens at 劳务品牌证书', async () => {
    const menu = renderAt('/inbox', 'DISTRICT_REVIEWER');
    const group = within(menu).getByRole('menuitem', { name: /劳务品牌管理/ });
    expect(group).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(screen.getByRole('link', { name: '大连金港家政服务师劳务品牌' }));

    expect(group).toHaveAttribute('aria-expanded', 'true');
    expect(entryOf(menu, '劳务品牌证书')).toHaveClass('ant-menu-item-selected');
  });

  it('given the leading group, then the catalogue and the exit decisions are in the submenu', async () => {
    const menu = renderAt('/reviews', 'LEADING_GROUP');
    await userEvent.click(within(menu).getByRole('menuitem', { name: /劳务品牌管理/ }));

    for (const name of ['劳务品牌证书', '行业指导目录', '退出审定']) {
      await waitFor(() => expect(within(menu).getByRole('link', { name })).toBeVisible());
    }
    expect(within(menu).queryByRole('link', { name: '整改督办' })).not.toBeInTheDocument();
  });

  it('given an applicant, whose only brand entry is the certificates, then it is a plain entry without a submenu', () => {
    const menu = renderAt('/applications', 'APPLICANT');

    expect(within(menu).getByRole('link', { name: '劳务品牌证书' })).toBeVisible();
    expect(within(menu).queryByRole('menuitem', { name: /劳务品牌管理/ })).not.toBeInTheDocument();
  });
});
