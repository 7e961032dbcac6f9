import { App, type FormInstance } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProblemError } from '../../api/problem';

/**
 * A reviewer's step on a case: on success a Chinese message and the case, its history and the queues read again;
 * on a refusal the service's field messages go next to the form's fields (the forms name them as the API does).
 */
export function useCaseStep<Body, Result>(form: FormInstance, send: (body: Body) => Promise<Result>, done: (result: Result) => string) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (result) => {
      void message.success(done(result));
      // kept pending until the case is read again, so the form cannot be sent twice meanwhile
      return queryClient.invalidateQueries({ queryKey: ['reviews'] });
    },
    onError: (error) => {
      if (error instanceof ProblemError) {
        form.setFields(error.fieldErrors.map(({ field, message: text }) => ({ name: field, errors: [text] })));
      }
    },
  });
}
