import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { Result, Button, Spin } from 'antd';
import { RequireRole } from './auth/AuthGate';
import { SignedIn } from './auth/SignedIn';
import { FINANCE_ROLES, REVIEWER_ROLES } from './auth/roles';
import { PublicLayout } from './layout/PublicLayout';
import { WorkbenchLayout } from './layout/WorkbenchLayout';
import { PublicHome } from './features/public/PublicHome';
import { VerificationPage } from './features/public/VerificationPage';

// the two largest areas, with their forms, load when someone of their role opens them, not for every visitor
const ApplicationRoutes = lazy(() => import('./features/applications/routes'));
const ReviewRoutes = lazy(() => import('./features/review/routes'));
const ObjectionRoutes = lazy(() => import('./features/objections/routes'));
const ProfilePage = lazy(() => import('./features/organisation/ProfilePage').then((module) => ({ default: module.ProfilePage })));

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spin size="large" tip="正在加载…" fullscreen />}>{children}</Suspense>;
}
import { EntitlementList } from './features/subsidy/EntitlementList';
import { BudgetPage } from './features/subsidy/BudgetPage';
import { BatchDetailPage, BatchList } from './features/subsidy/BatchPages';
import { PaymentList } from './features/subsidy/PaymentList';
import { ReconciliationPage } from './features/reconciliation/ReconciliationPage';
import { StatementDetailPage } from './features/reconciliation/StatementDetailPage';
import { InboxPage } from './features/inbox/InboxPage';
import { PreferencesPage } from './features/inbox/PreferencesPage';
import { DeliveryLog } from './features/deliveries/DeliveryLog';
import { OperationsPage } from './features/operations/OperationsPage';
import { BrandCertificates } from './features/brands/BrandCertificates';
import { YearlyReportWorklist } from './features/resources/YearlyReportWorklist';
import { CatalogueMaintenance } from './features/resources/CatalogueMaintenance';
import { BrandDetailPage } from './features/brands/BrandDetailPage';
import { RectificationWorklist } from './features/brands/RectificationWorklist';
import { ExitProposals } from './features/brands/ExitProposals';

function NotFound() {
  return <Result status="404" title="页面不存在" subTitle="您访问的页面不存在或已被移除。" extra={<Button type="primary" href="/">返回首页</Button>} />;
}

export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    children: [
      { index: true, element: <PublicHome tab="notices" /> },
      { path: 'public/notices', element: <PublicHome tab="notices" /> },
      { path: 'public/brands', element: <PublicHome tab="brands" /> },
      { path: 'public/objections', element: <PublicHome tab="objections" /> },
      // where a certificate's QR code leads: <public base URL>/verify/<certificate number>
      { path: 'verify/:number', element: <VerificationPage /> },
      { path: 'signed-in', element: <SignedIn /> },
      { path: 'forbidden', element: <Result status="403" title="无权访问" subTitle="您的账号没有访问该页面的权限。" /> },
      { path: '*', element: <NotFound /> },
    ],
  },
  {
    element: <RequireRole><WorkbenchLayout /></RequireRole>,
    children: [
      { path: 'workbench', element: <SignedIn toRoleHome /> },
      { path: 'applications/*', element: <RequireRole roles={['APPLICANT']}><Loading><ApplicationRoutes /></Loading></RequireRole> },
      { path: 'organisation', element: <RequireRole roles={['APPLICANT']}><Loading><ProfilePage /></Loading></RequireRole> },
      { path: 'reviews/*', element: <RequireRole roles={REVIEWER_ROLES}><Loading><ReviewRoutes /></Loading></RequireRole> },
      // the district's list; one objection also for the city, from a forwarded case
      { path: 'objections/*', element: <RequireRole roles={REVIEWER_ROLES}><Loading><ObjectionRoutes /></Loading></RequireRole> },
      { path: 'brands', element: <RequireRole roles={['APPLICANT', ...REVIEWER_ROLES, 'OPERATOR']}><BrandCertificates /></RequireRole> },
      { path: 'brands/yearly-reports', element: <RequireRole roles={['DISTRICT_REVIEWER']}><YearlyReportWorklist /></RequireRole> },
      { path: 'brands/catalogue', element: <RequireRole roles={['CITY_REVIEWER', 'LEADING_GROUP']}><CatalogueMaintenance /></RequireRole> },
      { path: 'brands/rectifications', element: <RequireRole roles={REVIEWER_ROLES}><RectificationWorklist /></RequireRole> },
      { path: 'brands/exit-proposals', element: <RequireRole roles={['LEADING_GROUP', 'CITY_REVIEWER']}><ExitProposals /></RequireRole> },
      { path: 'brands/:id', element: <RequireRole roles={['APPLICANT', ...REVIEWER_ROLES, 'OPERATOR']}><BrandDetailPage /></RequireRole> },
      { path: 'subsidies', element: <RequireRole roles={FINANCE_ROLES}><EntitlementList /></RequireRole> },
      { path: 'subsidies/budgets', element: <RequireRole roles={FINANCE_ROLES}><BudgetPage /></RequireRole> },
      { path: 'subsidies/batches', element: <RequireRole roles={FINANCE_ROLES}><BatchList /></RequireRole> },
      { path: 'subsidies/batches/:id', element: <RequireRole roles={FINANCE_ROLES}><BatchDetailPage /></RequireRole> },
      { path: 'subsidies/payments', element: <RequireRole roles={FINANCE_ROLES}><PaymentList /></RequireRole> },
      { path: 'subsidies/statements', element: <RequireRole roles={FINANCE_ROLES}><ReconciliationPage /></RequireRole> },
      { path: 'subsidies/statements/:id', element: <RequireRole roles={FINANCE_ROLES}><StatementDetailPage /></RequireRole> },
      { path: 'inbox', element: <InboxPage /> },
      { path: 'inbox/preferences', element: <PreferencesPage /> },
      { path: 'operations', element: <RequireRole roles={['OPERATOR']}><OperationsPage /></RequireRole> },
      { path: 'operations/deliveries', element: <RequireRole roles={['OPERATOR']}><DeliveryLog /></RequireRole> },
      { path: 'home', element: <Navigate to="/workbench" replace /> },
    ],
  },
]);
