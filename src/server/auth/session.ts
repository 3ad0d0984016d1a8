import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";

/** The signed-in person, as far as this request is concerned. */
export type Actor = { userId: string; name: string; email: string };

/**
 * The current actor, or null. getServerSession runs the jwt callback, which checks the session
 * version and timeouts against the database; cache() makes that one check per request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return { userId: session.user.id, name: session.user.name, email: session.user.email };
});
