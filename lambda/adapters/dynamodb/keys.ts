/**
 * Every key of the table, in one place.
 *
 * | item                 | PK                   | SK                          | GSI1PK         | GSI1SK              |
 * |----------------------|----------------------|-----------------------------|----------------|---------------------|
 * | dataset version      | REF                  | META                        |                |                     |
 * | body                 | REF                  | BODY#<id>                   |                |                     |
 * | meeting              | REF                  | MEETING#<body>#<start>      | MEETING        | <start>#<body>      |
 * | report / document    | REF                  | REPORT#<symbol>             |                |                     |
 * | instrument, source   | REF                  | INSTRUMENT#<id>, SOURCE#<id>|                |                     |
 * | vocabulary           | REF                  | VOCABULARY                  |                |                     |
 * | subscription         | SUB#<subscriber>     | SUB#<scope>                 | SUBSCRIPTION   | <subscriber>#<scope>|
 * | reminder sent        | SENT#<meeting>       | <subscriber>#<lead days>    |                |                     |
 * | Slack request seen   | EVENT#slack          | <event_id or cmd:trigger_id>|                |                     |  (TTL expiresAt; lease)
 * | pending change       | PENDING#<change id>  | CHANGE                      |                |                     |  (TTL: a day)
 * | applied change (log) | CHANGE               | <applied at>#<change id>    |                |                     |
 */
export const REF_PK = 'REF';
export const META_SK = 'META';
export const VOCABULARY_SK = 'VOCABULARY';
export const MEETING_GSI1PK = 'MEETING';
export const SUBSCRIPTION_GSI1PK = 'SUBSCRIPTION';

export const bodySk = (id: string) => `BODY#${id}`;
export const meetingSk = (body: string, start: string) => `MEETING#${body}#${start}`;
export const meetingsOfBodyPrefix = (body: string) => `MEETING#${body}#`;
export const meetingGsi1Sk = (start: string, body: string) => `${start}#${body}`;
export const reportSk = (symbol: string) => `REPORT#${symbol}`;
export const instrumentSk = (id: string) => `INSTRUMENT#${id}`;
export const sourceSk = (id: string) => `SOURCE#${id}`;

export const subscriptionPk = (subscriber: string) => `SUB#${subscriber}`;
export const subscriptionSk = (scope: string) => `SUB#${scope}`;
export const sentPk = (meetingId: string) => `SENT#${meetingId}`;
export const sentSk = (subscriber: string, leadDays: number) => `${subscriber}#${leadDays}`;

export const pendingPk = (changeId: string) => `PENDING#${changeId}`;
export const PENDING_SK = 'CHANGE';
export const CHANGE_LOG_PK = 'CHANGE';
export const changeLogSk = (appliedAt: string, changeId: string) => `${appliedAt}#${changeId}`;
export const EVENT_PK = 'EVENT#slack';
export const eventSk = (id: string) => id;
