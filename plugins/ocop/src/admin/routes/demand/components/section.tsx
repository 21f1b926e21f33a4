import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export const Section = ({ title, hint, children, actions }: { title: string; hint?: string; children: ReactNode; actions?: ReactNode }) => (
  <Container className="divide-y p-0">
    <div className="flex items-center justify-between px-6 py-4">
      <div>
        <Heading level="h2">{title}</Heading>
        {hint && <Text size="small" className="text-ui-fg-subtle">{hint}</Text>}
      </div>
      {actions}
    </div>
    <div className="px-6 py-4">{children}</div>
  </Container>
)
