# Docs model of the catalogue (dydisnix document-services --docs): group titles, table columns
# and their headings.
{
  groups = {
    services = "Shared services";
    "services/logging" = "Logging";
    "services/reporting" = "Reporting";
  };
  fields = [ "description" "type" ];
  descriptions = {
    description = "What it does";
    type = "Deployment type";
  };
}
