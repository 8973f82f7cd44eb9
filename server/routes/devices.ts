import type { FastifyInstance } from 'fastify';
import { requireDevice } from '../auth/device';
import type { ServerContext } from '../context';
import { memberDevices } from '../devices';

/** `GET /api/v1/devices`: the devices of the calling device's member. */
export function deviceListRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/v1/devices', async (request) => {
    const device = await requireDevice(ctx, request);
    return memberDevices(ctx.db, device.memberNumber);
  });
}
