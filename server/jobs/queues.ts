// Every queue of the product in one place: created once at start-up, sequentially, by one
// process (concurrent createQueue can deadlock in pg-boss 10.4.2, STACK.md).
export const QUEUES = {
  notify: 'notify',
  deadlineReminders: 'deadline-reminders',
  backups: 'backups',
  mail: 'mail',
  imports: 'imports',
} as const;

/** The backup policy is checked often; runDueBackups decides what is actually due. */
export const BACKUP_CRON = '*/10 * * * *';
export const MAIL_CRON = '* * * * *';

/** Daily at 07:00 Vietnam time. */
export const REMINDER_CRON = '0 7 * * *';
export const REMINDER_TZ = 'Asia/Ho_Chi_Minh';
