import Link from "next/link";
import type { UpcomingTask } from "../data";
import { whenText } from "../labels";

/** One task in the coordinators' lists: a card, readable on a phone. */
export function TaskCard({ task, base, zone }: { task: UpcomingTask; base: string; zone: string }) {
  return (
    <li className="border-l-8 border-slate-300 bg-white p-4 shadow-sm">
      <h3 className="text-lg font-bold">
        <Link href={`${base}/volunteering/${task.id}`} className="text-blue-800 underline">
          {task.role}
        </Link>
      </h3>
      <p className="first-letter:uppercase">{whenText(task.session, zone)}</p>
      <p>
        {task.session.offer.name}
        {task.session.topic ? `: ${task.session.topic}` : ""}
      </p>
      <p className="mt-1">
        Przydzieleni: {task.approved} z {task.needed}
        {task.lacking > 0 ? <strong className="text-red-800"> · brakuje {task.lacking}</strong> : <span className="text-green-800"> · komplet</span>}
        {task.requested > 0 ? <strong> · zgłoszenia do decyzji: {task.requested}</strong> : null}
      </p>
      {task.withChildren ? <p className="text-slate-700">Z udziałem dzieci: potrzebne sprawdzenia</p> : null}
    </li>
  );
}
