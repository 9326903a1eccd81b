// What GET /me/export answers: everything held about one person, every capability's part. Its own
// module: the enterprise profile it holds pulls in the policies' schemas, which login and /me need not build.
import * as z from './zod';
import { savedEnterpriseSchema } from './policies/enterprise';
import { roleSchema } from './users';

/** Everything held about one person, as `GET /me/export` returns it. */
export const personalDataExportSchema = z.object({
  exportedAt: z.string(),
  user: z.object({
    id: z.string(),
    wechatOpenid: z.string(),
    nickname: z.string(),
    roles: z.array(roleSchema),
    phone: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  /** The enterprise profile saved with `PUT /me/enterprise`, or null when none is saved. */
  // A union, not `.nullable()`: zod-openapi would make the SavedEnterprise component itself nullable.
  enterpriseProfile: z.union([savedEnterpriseSchema, z.null()]).optional(),
  /** Event registrations with the contact details given for them. */
  registrations: z
    .array(
      z.object({
        registrationId: z.string(),
        eventId: z.string(),
        eventTitle: z.string(),
        status: z.string(),
        partySize: z.number().int(),
        contactName: z.string(),
        contactPhone: z.string().nullable(),
        createdAt: z.string(),
        checkedInAt: z.string().nullable(),
      }),
    )
    .optional(),
  /** Check-ins at science venues (the location given for them is never kept). */
  venueCheckins: z
    .array(
      z.object({
        checkinId: z.string(),
        venueId: z.string(),
        venueName: z.string(),
        day: z.string(),
        checkedInAt: z.string(),
      }),
    )
    .optional(),
  /** Contest entries the person is a member of, with their role in the team. */
  contestEntries: z
    .array(
      z.object({
        contestId: z.string(),
        contestTitle: z.string(),
        entryId: z.string(),
        projectName: z.string(),
        isLeader: z.boolean(),
        status: z.string(),
        organizationName: z.string().nullable(),
        joinedAt: z.string(),
      }),
    )
    .optional(),
  /** Review assignments and the scores given as a reviewer. */
  contestReviews: z
    .object({
      assignments: z.array(
        z.object({
          contestId: z.string(),
          trackIds: z.array(z.string()),
          organizationName: z.string().nullable(),
        }),
      ),
      scores: z.array(
        z.object({
          contestId: z.string(),
          entryId: z.string(),
          round: z.number().int(),
          scores: z.record(z.string(), z.number()),
          total: z.number(),
          comment: z.string().nullable(),
          updatedAt: z.string(),
        }),
      ),
    })
    .optional(),
});
export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;
