/** The activities the patching example calls (types only in the workflows). */
export interface ExampleActivities {
  sendEmail(step: string): Promise<void>;
  sendZalo(step: string): Promise<void>;
}
