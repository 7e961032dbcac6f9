import { Route, Routes } from 'react-router';
import { CaseDetail } from './CaseDetail';
import { CaseQueue } from './CaseQueue';

/** The reviewers' pages under /reviews: the queue and one case. */
export const reviewRoutes = (
  <Routes>
    <Route index element={<CaseQueue />} />
    <Route path=":id" element={<CaseDetail />} />
  </Routes>
);
