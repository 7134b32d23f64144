import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { TemplateItemForm, TemplateItemToevoegen } from "@/components/opstart/template-editor";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { ofNietGevonden } from "@/lib/auth/pagina";
import { requireUser } from "@/lib/auth/session";
import { DOELGROEP_LABELS } from "@/lib/inburgeraar/labels";
import { getTemplates } from "@/lib/opstart/template-queries";
import { CHECKLIST_CATEGORIE_LABELS } from "@/lib/opstart/rules";

export const metadata: Metadata = { title: "Checklist opstartfase" };

export default async function ChecklistTemplatesPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("checklist-template:beheren");
  const { id } = await params;
  const { gemeente, templates } = await ofNietGevonden(getTemplates(user, id));
  return (
    <>
      <PageHeader
        title={`Checklist opstartfase ${gemeente.naam}`}
        description="Wat iemand in de opstartfase regelt. Een wijziging geldt voor nieuwe checklists; checklists die al gemaakt zijn, blijven zoals ze zijn."
        actions={
          <Link href={`/beheer/gemeenten/${gemeente.id}`} className="inline-flex min-h-11 items-center text-merk-700 underline-offset-4 hover:underline">
            Terug naar de instellingen
          </Link>
        }
      />
      {templates.length === 0 ? <EmptyState>Deze gemeente heeft nog geen checklist.</EmptyState> : null}
      <div className="flex flex-col gap-6">
        {templates.map((template) => {
          const actief = template.items.filter((i) => i.actief);
          const uit = template.items.filter((i) => !i.actief);
          return (
            <Card key={template.id}>
              <section aria-labelledby={`template-${template.id}`}>
                <h2 id={`template-${template.id}`} className="text-xl font-semibold">
                  {template.naam}
                </h2>
                <p className="mt-1 text-slate-700">
                  {template.doelgroep
                    ? `Voor ${DOELGROEP_LABELS[template.doelgroep].toLowerCase()}s: vervangt de standaardlijst.`
                    : "De standaardlijst voor iedereen."}{" "}
                  {actief.length} onderdelen.
                </p>
                <ul className="mt-4 divide-y divide-slate-200">
                  {actief.map((item) => (
                    <li key={item.id} className="py-2">
                      <details>
                        <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 py-1">
                          <span className="font-medium">{item.titel}</span>
                          <span className="text-sm text-slate-700">
                            {item.categorieen.map((c) => CHECKLIST_CATEGORIE_LABELS[c]).join(" + ")}
                            {item.deadlineDagenNaBrp !== null ? ` · uiterlijk ${item.deadlineDagenNaBrp} dagen na BRP` : ""}
                          </span>
                          {item.verplicht ? <Badge>verplicht</Badge> : null}
                          {item.alleenMetKinderen ? <Badge tone="info">alleen met kinderen</Badge> : null}
                        </summary>
                        <div className="mt-2 mb-4">
                          <TemplateItemForm templateId={template.id} templateVersion={template.version} item={item} />
                        </div>
                      </details>
                    </li>
                  ))}
                </ul>
                {uit.length > 0 ? (
                  <details className="mt-4">
                    <summary className="flex min-h-11 cursor-pointer items-center text-slate-700">Uitgezette onderdelen ({uit.length})</summary>
                    <ul className="mt-1 list-disc pl-6 text-slate-700">
                      {uit.map((item) => (
                        <li key={item.id}>{item.titel}</li>
                      ))}
                    </ul>
                  </details>
                ) : null}
                <details className="mt-4 rounded-md border border-slate-200 p-3">
                  <summary className="flex min-h-11 cursor-pointer items-center font-medium text-merk-700">Onderdeel toevoegen aan {template.naam}</summary>
                  <div className="mt-3">
                    <TemplateItemToevoegen templateId={template.id} templateVersion={template.version} />
                  </div>
                </details>
              </section>
            </Card>
          );
        })}
      </div>
    </>
  );
}
