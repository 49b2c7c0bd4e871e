// The front door sends people to their workspace (sign-in happens on the way if needed).
import { redirect } from 'next/navigation';

export default function Home() {
  redirect('/app');
}
