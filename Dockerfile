# The chidao app (worker + API) for docker-compose.yml or any cluster: it runs scripts/start.ts,
# which with TEMPORAL_ADDRESS set starts no Temporal server and only supervises the app processes.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# Production dependencies only; tsx (a dependency) runs the TypeScript sources directly.
RUN npm ci --omit=dev && npm cache clean --force
COPY . .
# .data holds the generated link-signing secret unless CHIDAO_LINK_SECRET is set (a volume in docker-compose.yml).
RUN mkdir -p /app/.data && chown node:node /app/.data
ENV TEMPORAL_ADDRESS=temporal:7233 \
    CHIDAO_API_HOST=0.0.0.0 \
    CHIDAO_API_PORT=3000
EXPOSE 3000
USER node
CMD ["node", "--import", "tsx", "scripts/start.ts"]
