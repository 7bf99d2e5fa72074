/** What the app must tell the user about their saved data; the UI puts each kind into words. */
export interface Notice {
  id: string;
  kind:
    | 'storage-unavailable' // private mode: nothing is kept after the tab closes
    | 'storage-full' // a save did not fit; the last good save is kept
    | 'recovered' // a damaged save was replaced by its last good copy
    | 'quarantined' // a save could not be read; its text is kept aside
    | 'newer' // saved by a newer version of Driehoek
    | 'save-failed' // storage refused a write
    | 'moved-elsewhere' // another tab played on: this one now shows the latest state
    | 'conflict-branch'; // another tab chose differently at the same moment: both kept as versions
  /** The run concerned, if any. */
  runId?: string;
  detail?: string;
}
