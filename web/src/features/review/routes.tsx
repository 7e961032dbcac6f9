import { Route, Routes } from 'react-router';
import { CaseDetail } from './CaseDetail';
import { CaseQueue } from './CaseQueue';

/** The reviewers' pages under /reviews: the queue and one case (loaded only when a reviewer opens them). */
export default function ReviewRoutes() {
  return (
    <Routes>
      <Route index element={<CaseQueue />} />
      <Route path=":id" element={<CaseDetail />} />
    </Routes>
  );
}
