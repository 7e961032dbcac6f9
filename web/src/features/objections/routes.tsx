import { Route, Routes } from 'react-router';
import { ObjectionDetail } from './ObjectionDetail';
import { ObjectionList } from './ObjectionList';

/** The objections under /objections: the district's list and one objection (loaded only when a reviewer opens them). */
export default function ObjectionRoutes() {
  return (
    <Routes>
      <Route index element={<ObjectionList />} />
      <Route path=":id" element={<ObjectionDetail />} />
    </Routes>
  );
}
