// The ceiling: a bare Fastify route answering a fixed JSON body, no auth, no
// validation, no database. Whatever Switchboard does costs something over this.
import Fastify from 'fastify';

const body = {
  id: 'w0RChiauQeqRlv5fgxYULQ',
  phone_user_id: 'BOSr0vUiTl61WLR-Q_7bUw',
  name: 'Ada Lovelace',
  email: 'ada@example.test',
  extension_number: 101,
  status: 'activate',
  site: { id: 'IjJ2D75SQJit1VdDvkK_mQ', name: 'Main Site' },
  phone_numbers: [{ id: '---M1padRvSUtw7YihN7sA', number: '+14085551000' }],
};

const app = Fastify({ logger: false });
app.get('/v2/phone/users/:userId', async () => body);
await app.listen({ port: Number(process.env.PORT ?? 9700), host: '127.0.0.1' });
console.log('baseline listening');
