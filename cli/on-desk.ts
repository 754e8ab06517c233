import { type ConnectedDesk, connectDesk } from './target/connect';
import { deskTarget } from './target/target-options';

/** Connects to the desk the options name (a stack, or the running local desk), runs `work`, lets go. */
export async function onDesk<T>(
  values: { readonly stack?: string; readonly region?: string },
  work: (desk: ConnectedDesk) => Promise<T>,
): Promise<T> {
  const desk = await connectDesk(deskTarget(values, process.env), process.env);
  try {
    return await work(desk);
  } finally {
    desk.close();
  }
}
