// Placeholder workspace page until the shell lands.
export default function Workspace() {
  return <main>Hệ thống thu thập dữ liệu</main>;
}
