"""Add COUNT quoted sales (3 lines each, PO numbers BULK-000001…) to a seeded Crossdock Tryton database.

    seed_bulk.py CONFIG_FILE DATABASE COUNT
Sales are created with plain values (no client-side on_change round trips) and quoted in batches; confirming costs
about 1.2 s a sale in Tryton's ORM, so bulk orders stay quoted.
"""
import sys

from proteus import Model, config as proteus_config


def main(config_file, database, count):
    config = proteus_config.set_trytond(database=database, config_file=config_file)
    config._context = Model.get('res.user').get_preferences(True, {})
    Sale = Model.get('sale.sale')
    Party = Model.get('party.party')
    Product = Model.get('product.product')
    Location = Model.get('stock.location')
    Term = Model.get('account.invoice.payment_term')
    Company = Model.get('company.company')
    customers = Party.find([('name', 'in', ['Acme Retail', 'Bolt Hardware'])])
    products = Product.find([('code', 'in', ['SKU-1001', 'SKU-1002', 'SKU-1003'])], order=[('code', 'ASC')])
    warehouse, = Location.find([('code', '=', 'WH')])
    term, = Term.find([], limit=1)
    company, = Company.find([])
    last = Sale.find([('reference', 'like', 'BULK-%')], order=[('id', 'DESC')], limit=1)
    first = int(last[0].reference.split('-')[1]) + 1 if last else 1
    values = []
    for index in range(first, first + count):
        customer = customers[index % len(customers)]
        address = customer.addresses[0].id
        lines = [{'type': 'line', 'product': product.id, 'quantity': float(1 + (index + position) % 7), 'unit': product.default_uom.id, 'unit_price': product.list_price, 'description': product.name}
                 for position, product in enumerate(products)]
        values.append({'company': company.id, 'currency': company.currency.id, 'party': customer.id, 'invoice_address': address, 'shipment_address': address,
                       'warehouse': warehouse.id, 'payment_term': term.id, 'reference': 'BULK-%06d' % index, 'lines': [('create', lines)]})
        if len(values) == 200:
            flush(Sale, values, config)
    flush(Sale, values, config)


def flush(Sale, values, config):
    if not values:
        return
    ids = Sale._proxy.create(values, config.context)
    Sale.click([Sale(id) for id in ids], 'quote')
    values.clear()


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
